import CunzhanCore
import CunzhanScreens
import CunzhanStore
import Foundation
import TerminalUI

/// Measures start to the first full coverage board (覆盖情况) of issue 5: open the store, sign in the first
/// village's grid worker, build the board and present its first frame with every grid and village counted.
///
/// The reference is the raw SQLite work under it: the grouped count of reached households per village and
/// grid over the `households_coverage` index.
enum BenchCoverage {
    static let name = "覆盖情况首屏 coverage board"

    static func measure(path: String, households: Int, repetitions: Int, reference: BenchReference) throws
        -> BenchResult
    {
        var durations: [Duration] = []
        var references: [Duration] = []
        let clock = ContinuousClock()
        for repetition in 0..<repetitions {
            let start = clock.now
            let store = try StationStore(path: path)
            let session = try workerSession(store)
            let screens = try StationScreens(store: store, catalog: .defaults)
            let terminal = HeadlessTerminal(size: BenchSession.size)
            var program = Program(
                root: screens.coverageBoard(session: session), theme: Theme(capabilities: terminal.capabilities),
                size: BenchSession.size)
            terminal.present(program.step([]))
            durations.append(clock.now - start)
            if repetition == 0, !terminal.lines.contains(where: { $0.contains("排查周期") && $0.contains("还剩") }) {
                throw CommandFailure("覆盖情况首屏没有显示排查周期，测试结果无效。请检查数据文件 \(path)")
            }
            try store.close()
            let month = DemoGenerator.today().description.prefix(7) + "-01"
            references.append(
                try reference.time(
                    """
                    SELECT village_id, grid_id, count(*), sum(CASE WHEN long_absent = 1 THEN last_inspection >= ?
                        ELSE last_in_person_inspection >= ? END)
                    FROM households GROUP BY village_id, grid_id
                    """, arguments: [String(month), String(month)]))
        }
        return BenchResult(
            name: name, households: households, measured: BenchStatistics(durations: durations),
            budget: .init(.median, atMost: 200), reference: BenchStatistics(durations: references))
    }

    /// The demo's 张网格 (the first village's grid worker), or the first user, signed in.
    private static func workerSession(_ store: StationStore) throws -> Session {
        let users = try store.users()
        guard let user = users.first(where: { $0.name == "张网格" }) ?? users.first else {
            throw CommandFailure("数据文件 \(store.path) 中没有用户，无法测量覆盖情况。")
        }
        return Session.of(user, villages: try store.villages())
    }
}
