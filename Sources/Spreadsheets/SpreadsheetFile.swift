import Foundation

/// Reads a roster file whatever it is: an XLSX workbook or CSV text, told apart by its first bytes, not by
/// its name (files are often renamed or saved with the wrong extension).
public enum SpreadsheetFile {
    /// The two formats Cunzhan reads and writes.
    public enum Format: String, Sendable, CaseIterable {
        case csv, xlsx

        /// The format for a file name's extension, nil for any other.
        public init?(fileName: String) {
            self.init(rawValue: (fileName as NSString).pathExtension.lowercased())
        }
    }

    /// Reads the file at `url`. A CSV is decoded with `encoding`, or detected (UTF-8, else GB18030) when nil.
    public static func read(
        _ url: URL, encoding: TextEncoding? = nil, limits: SpreadsheetLimits = .standard
    ) throws(SpreadsheetError) -> Sheet {
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 8) ?? Data()
        } catch {
            throw SpreadsheetError(.fileAccess, "无法打开 \(url.path)：文件不存在或没有读取权限，请核对路径。")
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try XLSXReader.read(url, limits: limits)
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw SpreadsheetError(
                .notASpreadsheet, "这是旧版 Excel（.xls）或 WPS（.et）文件，请在 Excel 或 WPS 里“另存为” .xlsx 或 .csv 后再导入。")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= limits.maxEntryBytes else {
            throw SpreadsheetError(.tooLarge, "文件超过 \(limits.maxEntryBytes / 1024 / 1024) MB，不像是花名册，请按村民小组分成几个文件再导入。")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SpreadsheetError(.fileAccess, "无法读取 \(url.path)，请核对路径和权限。")
        }
        guard !data.isEmpty else { throw SpreadsheetError(.notASpreadsheet, "文件是空的，没有可导入的内容。") }
        let (text, _) = try TextEncoding.decode(data, as: encoding)
        let controls = text.unicodeScalars.prefix(4096).filter {
            $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r"
        }
        guard controls.isEmpty else {
            throw SpreadsheetError(
                .notASpreadsheet, "文件不是表格（既不是 .xlsx 工作簿，也不是 CSV 文本），请选择 Excel 或 WPS 保存的 .xlsx 或 .csv 文件。")
        }
        return try CSVReader.read(text, limits: limits)
    }

    /// Writes `rows` (the header first) to `url` in `format`, replacing any file there.
    public static func write(
        rows: [[SheetValue]], format: Format, sheetName: String, to url: URL
    ) throws(SpreadsheetError) {
        switch format {
        case .xlsx:
            try XLSXWriter.write(rows: rows, sheetName: sheetName, to: url)
        case .csv:
            do {
                try CSVWriter.data(rows: rows).write(to: url, options: .atomic)
            } catch {
                throw SpreadsheetError(.fileAccess, "无法写入 \(url.path)：\(error.localizedDescription)；请确认文件夹存在且可写。")
            }
        }
    }
}
