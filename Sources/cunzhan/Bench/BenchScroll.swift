import CunzhanScreens
import TerminalUI

/// Measures scrolling key to frame: PgDn fifty times, End, Home, each key timed.
///
/// The reference reads the same pages raw: a keyset page after each page's last row, the last page,
/// and the first page.
enum BenchScroll {
    static let name = "翻页按键到画面 PgDn×50 End Home"
    static let keys: [Key] = Array(repeating: .pageDown, count: 50) + [.end, .home]

    static func measure(path: String, households: Int, repetitions: Int, reference: BenchReference) throws
        -> BenchResult
    {
        var session = try BenchSession(path: path)
        defer { session.close() }
        let page = BenchSession.pageRows
        let positions = try reference.listPositions(limit: page * 50)
        let columns = "SELECT id, household_number, head_name FROM households"
        var durations: [Duration] = []
        var references: [Duration] = []
        for _ in 0..<repetitions {
            for key in keys { durations.append(session.time(key)) }
            for position in stride(from: page - 1, to: positions.count, by: page).map({ positions[$0] }) {
                references.append(
                    try reference.time(
                        "\(columns) WHERE (household_number, id) > (?, ?) ORDER BY household_number, id LIMIT \(page)",
                        arguments: [position.number, position.id]))
            }
            references.append(try reference.time("\(columns) ORDER BY household_number DESC, id DESC LIMIT \(page)"))
            references.append(try reference.time("\(columns) ORDER BY household_number, id LIMIT \(page)"))
        }
        return BenchResult(
            name: name, households: households, measured: BenchStatistics(durations: durations),
            budget: .init(.p99, atMost: 16), reference: BenchStatistics(durations: references))
    }
}
