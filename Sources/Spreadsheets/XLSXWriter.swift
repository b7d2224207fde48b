import Foundation
import ZIPFoundation

/// Writes one sheet as a real Office Open XML workbook (.xlsx) that Excel, WPS and LibreOffice open.
///
/// Text is written as inline strings, so ID numbers and phones stay text (never `1.38E+10`) and no value
/// is ever evaluated as a formula; the text cells also carry the text number format (`@`) so an edit in
/// Excel keeps them text. The first row is the header: bold, frozen, with column widths from its content.
/// The file is written to a temporary file next to `url` and moved into place, so a failure leaves no
/// half-written workbook.
public enum XLSXWriter {
    public static func write(rows: [[SheetValue]], sheetName: String, to url: URL) throws(SpreadsheetError) {
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(XLSXParts.contentTypes.utf8)),
            ("_rels/.rels", Data(XLSXParts.rootRelationships.utf8)),
            ("docProps/app.xml", Data(XLSXParts.appProperties.utf8)),
            ("xl/workbook.xml", Data(XLSXParts.workbook(sheetName: sheetName).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(XLSXParts.workbookRelationships.utf8)),
            ("xl/styles.xml", Data(XLSXParts.styles.utf8)),
            ("xl/worksheets/sheet1.xml", XLSXParts.worksheet(rows: rows)),
        ]
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for (path, data) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw SpreadsheetError(.fileAccess, "无法写入 \(url.path)：\(error.localizedDescription)；请确认文件夹存在且可写。")
        }
    }
}
