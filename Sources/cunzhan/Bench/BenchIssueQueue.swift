import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI

/// Measures the issue queue's filter keys, key to frame, as the demo's 督导 across every village.
///
/// Each key (overdue on and off, every state, every category, the order, clear) re-reads the first page, the
/// total and the counts per village, then draws the frame: the cost the user waits for on a county's items.
/// The reference is the raw count of the overdue items in the same run. In the first round each frame is
/// checked, untimed, against the store's SQL answer for the same filter (counts per village and the first
/// rows), so a fast frame that shows the wrong list or counts fails the run.
enum BenchIssueQueue {
    static let name = "问题清单筛选按键到画面 issue queue filter key → frame"

    /// The keys of one round: each filter changed and put back.
    static let keys: [Key] =
        [.character("d"), .character("d")] + Array(repeating: .character("s"), count: 5)
        + Array(repeating: .character("c"), count: 8) + [.character("x"), .character("x"), .character("0")]

    static func measure(path: String, households: Int, repetitions: Int, reference: BenchReference) throws
        -> BenchResult
    {
        let store = try StationStore(path: path)
        defer { try? store.close() }
        guard let supervisor = try store.user(named: "赵督导") else {
            throw CommandFailure("数据集中没有演示督导“赵督导”，无法测量问题清单。")
        }
        let terminal = HeadlessTerminal(size: BenchSession.size)
        let screens = try StationScreens(store: store, catalog: .defaults)
        var program = Program(
            root: screens.issueQueue(session: Session(user: supervisor, village: nil)),
            theme: Theme(capabilities: terminal.capabilities), size: BenchSession.size)
        terminal.present(program.step([]))
        var durations: [Duration] = []
        var references: [Duration] = []
        let clock = ContinuousClock()
        let today = store.today.description
        for round in 0..<repetitions {
            for key in keys {
                let start = clock.now
                terminal.present(program.step([.key(key)]))
                durations.append(clock.now - start)
                if round == 0 { try check(program, store: store, after: key) }
            }
            references.append(
                try reference.time(
                    "SELECT count(*) FROM rectification_items WHERE state <> 'closed' AND deadline < ?",
                    arguments: [today]))
        }
        return BenchResult(
            name: name, households: households, measured: BenchStatistics(durations: durations),
            budget: .init(.p99, atMost: 16), reference: BenchStatistics(durations: references))
    }

    /// Fails unless the queue shows what SQL answers for its filter: the same counts per village and the
    /// same first rows.
    static func check(_ program: Program, store: StationStore, after key: Key) throws {
        guard let queue = program.topScreen as? IssueQueue else {
            throw CommandFailure("按 \(key) 后问题清单不在最上层，无法核对。")
        }
        let filter = queue.shownFilter
        func described(_ counts: [VillageItemCount]) -> Set<String> {
            Set(counts.map { "\($0.villageID) \($0.items) \($0.overdue)" })
        }
        let expected = try store.villageItemCounts(filter)
        guard described(queue.shownCounts) == described(expected),
            queue.shownCounts.map(\.items) == expected.map(\.items)
        else {
            throw CommandFailure("按 \(key) 后问题清单的各村统计与数据库不符（\(filter)）。")
        }
        let rows = try store.itemPage(filter, after: nil, limit: 10).map(\.id)
        guard queue.shownItemIDs(first: rows.count) == rows else {
            throw CommandFailure("按 \(key) 后问题清单的前几行与数据库不符（\(filter)）。")
        }
    }
}
