import CunzhanScreens
import CunzhanStore
import TerminalUI

/// Measures start to first full screen: open the store, build the program, present its first frame.
///
/// Each repetition is as a fresh process would do it, with a new `StationStore`; what the operating
/// system does before `main` (loading the binary) is not included. The reference opens a raw read-only
/// connection and reads the count and first page the screen shows.
enum BenchStartup {
    static let name = "启动到首屏 start → first screen"

    static func measure(path: String, households: Int, repetitions: Int) throws -> BenchResult {
        var durations: [Duration] = []
        var references: [Duration] = []
        let clock = ContinuousClock()
        for repetition in 0..<repetitions {
            let start = clock.now
            let session = try BenchSession(path: path)
            durations.append(clock.now - start)
            if repetition == 0 { try checkFirstScreen(session) }
            session.close()
            references.append(try BenchReference.timeOpenAndFirstPage(path: path, limit: BenchSession.pageRows))
        }
        return BenchResult(
            name: name, households: households, measured: BenchStatistics(durations: durations),
            budget: .init(.median, atMost: 200), reference: BenchStatistics(durations: references))
    }

    /// Refuses a measurement whose first frame does not show the first household: it would time nothing real.
    private static func checkFirstScreen(_ session: BenchSession) throws {
        guard let first = try session.store.householdPage(filter: "", after: nil, limit: 1).first,
            session.terminal.lines.contains(where: { $0.contains(first.householdNumber) })
        else {
            throw CommandFailure("首屏没有显示第一户农户，测试结果无效。请检查数据文件 \(session.store.path)")
        }
    }
}
