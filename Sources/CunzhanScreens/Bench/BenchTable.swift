import TerminalUI

/// A plain-text table with aligned columns, for the benchmark's printed report.
///
/// Widths are counted in terminal cells, so Chinese headers (two cells a character) line up with the
/// figures below them. The first column is left-aligned (it names the row), the others right-aligned
/// (they hold figures).
public struct BenchTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]] = []) {
        self.headers = headers
        self.rows = rows
    }

    /// The table as lines: header, a rule of dashes, then one line per row; no trailing spaces.
    public var lines: [String] {
        let columnCount = ([headers] + rows).map(\.count).max() ?? 0
        let widths = (0..<columnCount).map { column in
            ([headers] + rows).map { DisplayWidth.of($0.indices.contains(column) ? $0[column] : "") }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = widths.indices.map { column -> String in
                let text = cells.indices.contains(column) ? cells[column] : ""
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(text))
                return column == 0 ? text + padding : padding + text
            }
            return trimmingTrailingSpaces(padded.joined(separator: "  "))
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return [line(headers), rule] + rows.map(line)
    }

    /// The table as one string, lines separated by newlines.
    public var text: String { lines.joined(separator: "\n") }

    private func trimmingTrailingSpaces(_ text: String) -> String {
        var result = text
        while result.last == " " { result.removeLast() }
        return result
    }
}
