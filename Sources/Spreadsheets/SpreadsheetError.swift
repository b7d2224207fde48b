/// A refusal to read or write a spreadsheet file: a stable code and a Chinese message that says what is
/// wrong with the file and what to do about it.
///
/// Import screens and the command line show `message` as is; tests match on `code`.
public struct SpreadsheetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Why the file was refused.
    public enum Code: String, Sendable {
        /// The bytes are neither a CSV text nor an XLSX workbook (an old .xls, a picture, a PDF...).
        case notASpreadsheet
        /// A zip archive that is damaged or cut short.
        case damagedArchive
        /// A zip archive whose entries would unpack to more than the limits allow (a zip bomb).
        case tooLarge
        /// A sheet with more rows or columns than the limits allow.
        case tooManyRows
        /// A workbook part that is not well-formed XML or misses what the format requires.
        case malformedWorkbook
        /// A text file in an encoding that could not be decoded.
        case undecodableText
        /// Reading or writing the file itself failed.
        case fileAccess
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
