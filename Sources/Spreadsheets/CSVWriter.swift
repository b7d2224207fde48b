import Foundation

/// Writes rows as CSV that Excel, WPS and LibreOffice open correctly on a Chinese desktop.
///
/// UTF-8 with a byte order mark (without it Excel reads the file as GBK and shows mojibake), CRLF line
/// ends, RFC 4180 quoting. Two guards protect the values:
/// - long digit strings (ID numbers, phones, 16-digit household numbers) and numbers with leading zeros
///   are written `="13812345678"`, so Excel keeps them as text instead of `1.38E+10` or dropping digits;
/// - text starting with `=`, `+`, `-` or `@` gets a leading `'`, so a spreadsheet never runs a value
///   as a formula (CSV injection).
/// `CSVReader` takes both guards off again.
public enum CSVWriter {
    /// Characters with which a spreadsheet program starts a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The whole file: byte order mark, then one line per row.
    public static func data(rows: [[SheetValue]]) -> Data {
        var text = "\u{FEFF}"
        for row in rows {
            text += row.map(field).joined(separator: ",")
            text += "\r\n"
        }
        return Data(text.utf8)
    }

    static func field(_ value: SheetValue) -> String {
        switch value {
        case .number(let number): return String(number)
        case .text(let text): return quoted(guarded(text))
        }
    }

    /// The value as a spreadsheet should see it: digit strings kept as text, formulas neutralised.
    static func guarded(_ text: String) -> String {
        let isDigits = !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
        if isDigits && (text.count >= 11 || (text.count > 1 && text.hasPrefix("0"))) { return "=\"\(text)\"" }
        if let first = text.first, formulaStarts.contains(first) { return "'" + text }
        return text
    }

    private static func quoted(_ text: String) -> String {
        // Bytes, not Characters: a CRLF is one Character, and comparing bytes is many times faster.
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes || text.utf8.first == 0x20 || text.utf8.last == 0x20 else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One cell to write: text (kept as text, whatever it looks like) or a whole number.
public enum SheetValue: Sendable, Equatable {
    case text(String)
    case number(Int)

    /// The value as the text a reader gets back.
    public var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        }
    }
}
