import CunzhanScreens
import TerminalUI

/// Measures filter-as-you-type key to frame: `/`, then the typing script's sessions, each key timed.
///
/// Every key (letters, 张, 王, ID digits and the backspaces) is one sample, from input to the presented
/// frame. The reference runs the raw index query for each filter text the keys produce, in the same run.
enum BenchFilter {
    static let name = "筛选按键到画面 filter key → frame"

    /// The measured row, and the filter texts whose keys took longest (their medians, slowest first), as a
    /// profile for a missed budget.
    static func measure(path: String, households: Int, repetitions: Int, reference: BenchReference) throws
        -> (result: BenchResult, slowest: [(text: String, milliseconds: Double)])
    {
        var session = try BenchSession(path: path)
        defer { session.close() }
        let sessions = BenchTypingScript.sessions(idTail: try session.idTail())
        _ = session.time(.character("/"))
        var durations: [Duration] = []
        var references: [Duration] = []
        var byText: [String: [Duration]] = [:]
        for _ in 0..<repetitions {
            for keys in sessions {
                let texts = BenchTypingScript.filterTexts(after: keys)
                for (key, text) in zip(keys, texts) {
                    let duration = session.time(key)
                    durations.append(duration)
                    byText["\(text)（\(key == .backspace ? "退格" : "输入")）", default: []].append(duration)
                }
                for text in texts {
                    let query = BenchTypingScript.referenceQuery(for: text, limit: BenchSession.pageRows)
                    references.append(try reference.time(query.sql, arguments: query.arguments))
                }
            }
        }
        _ = session.time(.escape)
        let result = BenchResult(
            name: name, households: households, measured: BenchStatistics(durations: durations),
            budget: .init(.p99, atMost: 16), reference: BenchStatistics(durations: references))
        let slowest = byText.map { (text: $0.key, milliseconds: BenchStatistics(durations: $0.value).median) }
            .sorted { $0.milliseconds > $1.milliseconds }
        return (result, Array(slowest.prefix(4)))
    }
}
