import CunzhanStore
import Foundation

/// The demo village's store file: kept apart from real data and made on first use.
///
/// It lives next to the default store (`$XDG_DATA_HOME/cunzhan/demo.sqlite`, else
/// `~/.local/share/cunzhan/demo.sqlite`). It is generated under a temporary name and renamed when
/// complete, so a program killed while generating leaves no half-made demo behind.
enum DemoStore {
    /// Households in the demo village: enough to scroll and filter, quick to make.
    static let households = 300
    static let seed: UInt64 = 1

    /// The demo store's path, generating the file first when it does not exist yet.
    static func prepare(environment: [String: String]) throws -> String {
        let path = self.path(environment: environment)
        let files = FileManager.default
        if files.fileExists(atPath: path) { return path }
        let directory = (path as NSString).deletingLastPathComponent
        let partial = path + ".partial"
        do {
            try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for leftover in [partial, partial + "-wal", partial + "-shm"] { try? files.removeItem(atPath: leftover) }
            FileHandle.standardError.write(Data("正在生成演示村数据（仅首次）……\n".utf8))
            let store = try StationStore(path: partial)
            var generator = DemoGenerator(households: households, seed: seed, endDate: DemoGenerator.today())
            try generator.generate(into: store) { _ in }
            try store.close()
            if files.fileExists(atPath: partial + "-wal") {
                try files.moveItem(atPath: partial + "-wal", toPath: path + "-wal")
            }
            try? files.removeItem(atPath: partial + "-shm")
            try files.moveItem(atPath: partial, toPath: path)
        } catch let error as StoreError {
            throw CommandFailure("无法生成演示数据 \(path)：\(error.message)")
        } catch {
            throw CommandFailure("无法生成演示数据 \(path)：\(error.localizedDescription)")
        }
        return path
    }

    static func path(environment: [String: String]) -> String {
        let standard = DatabaseLocation.defaultPath(environment: environment.filter { $0.key != "CUNZHAN_DB" })
        return (standard as NSString).deletingLastPathComponent + "/demo.sqlite"
    }
}
