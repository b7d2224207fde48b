/// Reads CSV text (RFC 4180: quoted fields with doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF line ends) into a `Sheet`.
///
/// A tab-separated file (Excel's "Unicode 文本") is read too: the separator is the one the first line
/// uses most. The guards `CSVWriter` puts around values for Excel are taken off again, so an export reads
/// back as it was: `="13812345678"` is `13812345678`, and `'=SUM(A1)` is `=SUM(A1)`.
public enum CSVReader {
    public static func read(_ text: String, limits: SpreadsheetLimits = .standard) throws(SpreadsheetError) -> Sheet {
        let separator = guessSeparator(text)
        var rows: [Sheet.Row] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var fieldWasQuoted = false
        var recordNumber = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()

        func endField() {
            let value = String(field)
            record.append(unguarded(value))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRecord() throws(SpreadsheetError) {
            endField()
            if record.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
                guard recordNumber <= limits.maxRows else {
                    throw SpreadsheetError(
                        .tooManyRows,
                        "表格超过 \(limits.maxRows) 行（第 \(recordNumber) 行），一次导入不了这么多；请按村民小组分成几个文件再导入。")
                }
                guard record.count <= limits.maxColumns else {
                    throw SpreadsheetError(
                        .tooManyRows, "表格第 \(recordNumber) 行超过 \(limits.maxColumns) 列，不像是花名册，请只保留需要的列再导入。")
                }
                rows.append(Sheet.Row(number: recordNumber, cells: record))
            }
            record = []
            recordNumber += 1
        }

        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case separator:
                endField()
            case "\r":
                if pending == "\n" { pending = iterator.next() }
                try endRecord()
            case "\n":
                try endRecord()
            default:
                field.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty || fieldWasQuoted { try endRecord() }
        return Sheet(rows: rows)
    }

    /// Tab when the first line has more tabs than commas outside quotes, else comma.
    static func guessSeparator(_ text: String) -> Unicode.Scalar {
        var commas = 0
        var tabs = 0
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == "\t" { tabs += 1 }
        }
        return tabs > commas ? "\t" : ","
    }

    /// Takes off the guards `CSVWriter.guarded` adds, so exported values read back unchanged.
    static func unguarded(_ value: String) -> String {
        if value.hasPrefix("=\""), value.hasSuffix("\""), value.count >= 3 {
            let inner = value.dropFirst(2).dropLast()
            if !inner.contains("\"") { return String(inner) }
        }
        if value.hasPrefix("'"), let second = value.dropFirst().first, CSVWriter.formulaStarts.contains(second) {
            return String(value.dropFirst())
        }
        return value
    }
}
