import Foundation

/// Reads the first visible sheet of an XLSX workbook (Office Open XML) as text cells.
///
/// Understands what township offices' files contain: shared strings, inline strings, numbers that are
/// really phone or ID numbers (`1.3812345678E10`, recovered digit for digit), booleans, formula results,
/// merged cells (filled with the merged value) and empty rows (skipped). A file that is not a workbook,
/// a damaged or truncated archive, a zip bomb or a sheet past `limits.maxRows` rows is refused with a
/// `SpreadsheetError` before anything is imported.
public enum XLSXReader {
    public static func read(_ url: URL, limits: SpreadsheetLimits = .standard) throws(SpreadsheetError) -> Sheet {
        let archive = try GuardedArchive(url: url, limits: limits)
        let sheetPath = try firstSheetPath(archive)
        guard let sheetData = try archive.data(at: sheetPath) else {
            throw SpreadsheetError(.malformedWorkbook, "工作簿里找不到工作表（\(sheetPath)），请用 Excel 或 WPS 重新保存后再导入。")
        }
        let sharedStrings = try archive.data(at: "xl/sharedStrings.xml").map(readSharedStrings) ?? []
        var builder = SheetBuilder(sharedStrings: sharedStrings, limits: limits)
        do {
            try XMLScanner.scan(sheetData) { event in try builder.handle(event) }
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError(.malformedWorkbook, "工作表内容损坏，请用 Excel 或 WPS 重新保存后再导入。")
        }
        return builder.sheet()
    }

    /// The archive path of the first sheet that is not hidden, from the workbook and its relationships.
    static func firstSheetPath(_ archive: GuardedArchive) throws(SpreadsheetError) -> String {
        guard let workbook = try archive.data(at: "xl/workbook.xml") else {
            throw SpreadsheetError(
                .notASpreadsheet, "文件是压缩包，但不是 .xlsx 工作簿（缺少 xl/workbook.xml）；请选择 Excel 或 WPS 保存的 .xlsx 或 .csv 文件。")
        }
        var relationID: String?
        var firstAny: String?
        try scanPart(workbook) { event in
            guard case .start(let name, let attributes, _) = event, name == "sheet", relationID == nil else { return }
            if firstAny == nil { firstAny = attributes["id"] }
            if attributes["state"] == nil || attributes["state"] == "visible" { relationID = attributes["id"] }
        }
        let fallback = "xl/worksheets/sheet1.xml"
        guard let wanted = relationID ?? firstAny,
            let relations = try archive.data(at: "xl/_rels/workbook.xml.rels")
        else { return fallback }
        var target: String?
        try scanPart(relations) { event in
            guard case .start(let name, let attributes, _) = event, name == "Relationship",
                attributes["Id"] == wanted
            else { return }
            target = attributes["Target"]
        }
        guard let target else { return fallback }
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        return "xl/" + target
    }

    static func readSharedStrings(_ data: Data) throws(SpreadsheetError) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        try scanPart(data) { event in
            switch event {
            case .start(let name, _, let selfClosing):
                if name == "si" {
                    current = ""
                    if selfClosing { strings.append("") }
                }
                if name == "rPh" { inPhonetic = !selfClosing }
                if name == "t" { inText = !selfClosing }
            case .end(let name):
                if name == "si" { strings.append(current) }
                if name == "rPh" { inPhonetic = false }
                if name == "t" { inText = false }
            case .text(let text):
                if inText && !inPhonetic { current += text }
            }
        }
        return strings
    }

    private static func scanPart(_ data: Data, _ handle: (XMLEvent) throws -> Void) throws(SpreadsheetError) {
        do {
            try XMLScanner.scan(data, handle)
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError(.malformedWorkbook, "工作簿内容损坏，请用 Excel 或 WPS 重新保存后再导入。")
        }
    }
}
