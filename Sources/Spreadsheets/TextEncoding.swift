import Foundation

/// The character encodings a CSV roster arrives in: UTF-8 (with or without a byte order mark), or
/// GB18030, the superset of GBK and GB2312 that Chinese Windows programs write as "ANSI".
public enum TextEncoding: String, Sendable, CaseIterable, Equatable {
    case utf8
    case gb18030

    /// Foundation's encoding for GB18030-2000 (CoreFoundation's `kCFStringEncodingGB_18030_2000`, 0x0632,
    /// as an NSStringEncoding). swift-corelibs-foundation on Linux decodes it through ICU, checked by
    /// `TextEncodingTests`; GBK and GB2312 bytes decode the same way since GB18030 contains them.
    static let gb18030Foundation = String.Encoding(rawValue: 0x8000_0632)

    /// The encoding's name as users see it in the import screen and command line.
    public var label: String {
        switch self {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030/GBK"
        }
    }

    /// Parses `utf8`, `utf-8`, `gbk`, `gb2312` or `gb18030` (any case).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "-", with: "") {
        case "utf8": self = .utf8
        case "gbk", "gb2312", "gb18030", "cp936": self = .gb18030
        default: return nil
        }
    }

    /// Decodes `data` as text: the given encoding, or when nil, UTF-8 if the bytes are valid UTF-8 and
    /// GB18030 otherwise (a GBK file is almost never valid UTF-8, so the guess is safe).
    ///
    /// Returns the text and the encoding used; throws when the bytes are not text in either encoding.
    public static func decode(_ data: Data, as chosen: TextEncoding? = nil) throws(SpreadsheetError) -> (
        String, TextEncoding
    ) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
            if chosen == nil || chosen == .utf8 {
                guard let text = String(data: bytes, encoding: .utf8) else { throw undecodable(.utf8) }
                return (text, .utf8)
            }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: bytes, encoding: .utf16) else { throw undecodable(.utf8) }
            return (text, .utf8)
        }
        switch chosen {
        case .utf8:
            guard let text = String(data: bytes, encoding: .utf8) else { throw undecodable(.utf8) }
            return (text, .utf8)
        case .gb18030:
            guard let text = String(data: bytes, encoding: gb18030Foundation) else { throw undecodable(.gb18030) }
            return (text, .gb18030)
        case nil:
            if let text = String(data: bytes, encoding: .utf8) { return (text, .utf8) }
            guard let text = String(data: bytes, encoding: gb18030Foundation) else { throw undecodable(nil) }
            return (text, .gb18030)
        }
    }

    private static func undecodable(_ encoding: TextEncoding?) -> SpreadsheetError {
        let which = encoding.map { "按 \($0.label) " } ?? "按 UTF-8 和 GB18030/GBK 都"
        return SpreadsheetError(
            .undecodableText, "文件\(which)无法解码为文字，不是 CSV 文本；请确认选对了文件和编码，或在 Excel/WPS 里另存为 .xlsx 再导入。")
    }
}
