import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI

/// Measures the issue queue's filter keys, key to frame, as the demo's 督导 across every village.
///
/// Each key (overdue on and off, every state, every category, the order, clear) re-reads the first page, the
/// total and the counts per village, then draws the frame: the cost the user waits for on a county's items.
/// The reference is the raw count of the overdue items in the same run.
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
        for _ in 0..<repetitions {
            for key in keys {
                let start = clock.now
                terminal.present(program.step([.key(key)]))
                durations.append(clock.now - start)
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
}
