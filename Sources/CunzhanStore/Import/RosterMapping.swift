import Foundation

/// An explicit mapping from a file's column titles to roster fields, for layouts the synonyms miss.
///
/// The file is plain UTF-8 text, one `列名=字段` per line, where 字段 is the title Cunzhan exports
/// (户编号, 户主姓名, 证件号码, ...). Blank lines and lines starting with `#` are ignored:
///
///     # 乡里的花名册
///     身份证=证件号码
///     家庭成员=姓名
///     所属网格组=村民小组
public struct RosterMapping: Sendable, Equatable {
    /// Field by normalised column title.
    public var fields: [String: RosterField]

    public init(fields: [String: RosterField] = [:]) {
        self.fields = fields
    }

    /// Parses the mapping text; a line that is not `列名=字段` or names an unknown field is refused with
    /// its line number.
    public init(text: String) throws(ImportError) {
        var fields: [String: RosterField] = [:]
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "＝", with: "=")
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("\u{FEFF}#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ImportError("对照文件第 \(index + 1) 行应写成“列名=字段”，例如“身份证=证件号码”。")
            }
            guard let field = RosterField.named(parts[1]) else {
                let known = RosterField.allCases.map(\.header).joined(separator: "、")
                throw ImportError("对照文件第 \(index + 1) 行的字段“\(parts[1])”不认识；可用的字段：\(known)。")
            }
            fields[RosterField.normalizedTitle(parts[0].replacingOccurrences(of: "\u{FEFF}", with: ""))] = field
        }
        self.fields = fields
    }

    /// Reads and parses a mapping file.
    public init(contentsOf url: URL) throws(ImportError) {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ImportError("无法读取对照文件 \(url.path)（需是 UTF-8 文本），请核对路径。")
        }
        try self.init(text: text)
    }
}
