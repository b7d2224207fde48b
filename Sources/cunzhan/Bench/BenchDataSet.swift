import CunzhanScreens
import CunzhanStore
import Foundation

/// The benchmark's generated data sets: made once per size and seed, then reused from the cache folder.
///
/// A cached file is used only when it opens as a store (migrated to this build's schema if it is older) and
/// holds the expected number of households (plus the benchmark's own, see `BenchHouseholds`); otherwise it is
/// generated again. Generation
/// writes under a temporary name and renames when complete, so an interrupted run leaves no half-made set.
enum BenchDataSet {
    /// The path of the data set of `households` and `seed` in `directory`, generating it first when needed.
    static func prepare(households: Int, seed: UInt64, directory: String, log: (String) -> Void) throws -> String {
        let path = BenchCache.path(
            directory: directory, households: households, seed: seed, dataVersion: DemoGenerator.dataVersion)
        if isUsable(path: path, households: households) {
            log("使用已缓存的数据 \(path)")
            return path
        }
        let files = FileManager.default
        let partial = path + ".partial"
        for leftover in [path, partial].flatMap({ [$0, $0 + "-wal", $0 + "-shm"] }) {
            try? files.removeItem(atPath: leftover)
        }
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        log("正在生成 \(households) 户的测试数据（只在第一次生成）：\(path)")
        let started = ContinuousClock.now
        let store = try StationStore(path: partial)
        var generator = DemoGenerator(households: households, seed: seed, endDate: DemoGenerator.fixedEndDate)
        var villages = 0
        try generator.generate(into: store) { _ in
            villages += 1
            if villages % 25 == 0 { log("  已生成 \(villages) 个村") }
        }
        try store.close()
        if files.fileExists(atPath: partial + "-wal") {
            try files.moveItem(atPath: partial + "-wal", toPath: path + "-wal")
        }
        try? files.removeItem(atPath: partial + "-shm")
        try files.moveItem(atPath: partial, toPath: path)
        log("  用时 \(BenchCommand.seconds(since: started))")
        return path
    }

    /// True when `path` opens as a store, migrating it to this schema first if needed, and holds `households`
    /// households (and perhaps the benchmark's own two, see `BenchHouseholds`).
    static func isUsable(path: String, households: Int) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        do {
            let store = try StationStore(path: path)
            defer { try? store.close() }
            let count = try store.householdCount(filter: "")
            return count == households || count == households + BenchHouseholds.addedCount
        } catch {
            return false
        }
    }
}
