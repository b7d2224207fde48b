import CunzhanScreens
import TerminalUI

/// Measures filter-as-you-type key to frame: `/`, then the typing script's sessions, each key timed.
///
/// Every key (letters, 张, 王, ID digits and the backspaces) is one sample, from input to the presented
/// frame. The reference runs the raw index query for each filter text the keys produce, in the same run.
enum BenchFilter {
    static let name = "筛选按键到画面 filter key → frame"

    static func measure(path: String, households: Int, repetitions: Int, reference: BenchReference) throws
        -> BenchResult
    {
        var session = try BenchSession(path: path)
        defer { session.close() }
        let sessions = BenchTypingScript.sessions(idTail: try session.idTail())
        _ = session.time(.character("/"))
        var durations: [Duration] = []
        var references: [Duration] = []
        for _ in 0..<repetitions {
            for keys in sessions {
                for key in keys { durations.append(session.time(key)) }
                for text in BenchTypingScript.filterTexts(after: keys) {
                    let query = BenchTypingScript.referenceQuery(for: text, limit: BenchSession.pageRows)
                    references.append(try reference.time(query.sql, arguments: query.arguments))
                }
            }
        }
        _ = session.time(.escape)
        return BenchResult(
            name: name, households: households, measured: BenchStatistics(durations: durations),
            budget: .init(.p99, atMost: 16), reference: BenchStatistics(durations: references))
    }
}
