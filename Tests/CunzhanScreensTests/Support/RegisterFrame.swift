import Foundation
import TerminalUI

/// One frame of the household register read back as text: the header, the data rows, the position.
///
/// The program draws the top bar on row 0, the table from row 1 (its header, then one row per household,
/// then its status line with the filter and "第 n/N 行") and the key bar on the last row.
struct RegisterFrame {
    let lines: [String]

    init(_ canvas: Canvas) {
        lines = canvas.lines
    }

    var topBar: String { lines.first ?? "" }
    var header: String { lines.count > 1 ? lines[1] : "" }
    /// The rows between the header and the table's status line.
    var dataRows: [String] { lines.count > 4 ? Array(lines[2..<(lines.count - 2)]) : [] }
    /// The table's status line: the filter on the left, the position on the right.
    var statusLine: String { lines.count > 1 ? lines[lines.count - 2] : "" }

    /// The household numbers shown, top to bottom: the first 16 characters of rows that start with one.
    var householdNumbers: [String] {
        dataRows.compactMap { row in
            let number = String(row.prefix(16))
            return number.count == 16 && number.allSatisfy { $0.isASCII && $0.isNumber } ? number : nil
        }
    }

    /// "第 n/N 行" or "共 0 行" as the status line shows it; nil when it shows neither.
    var position: String? {
        guard let range = statusLine.range(of: #"(第 \d+/\d+ 行|共 0 行)"#, options: .regularExpression) else {
            return nil
        }
        return String(statusLine[range])
    }

    /// True when some line contains `text`.
    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// The display column where `text` starts in `line`, or nil when it is not there.
    static func column(of text: String, in line: String) -> Int? {
        guard let range = line.range(of: text) else { return nil }
        return DisplayWidth.of(String(line[..<range.lowerBound]))
    }
}

/// Key presses typing `text` one character at a time, as a user at the keyboard does.
func typing(_ text: String) -> [InputEvent] {
    text.map { .key(.character($0)) }
}

/// Key presses of `keys` in order.
func pressing(_ keys: Key...) -> [InputEvent] {
    keys.map { .key($0) }
}
