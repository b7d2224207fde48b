import Foundation

/// One thing the scanner met in an XML document.
enum XMLEvent {
    /// An opening tag (or an empty-element tag, with `selfClosing`), its local name without a namespace
    /// prefix and its attributes by local name.
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    /// Character data with entities decoded; whitespace-only runs between tags are not reported.
    case text(String)
}

/// A small streaming scanner for the XML parts of an XLSX workbook.
///
/// Workbook parts are machine-written, UTF-8, without DTDs, so a hand scanner over the bytes is enough
/// and reads a large sheet several times faster than an event parser that builds strings for every
/// callback. It never expands a DTD entity (no billion-laughs), skips comments and processing
/// instructions, reports CDATA as text and refuses a document cut short.
enum XMLScanner {
    static func scan(_ data: Data, _ handle: (XMLEvent) throws -> Void) throws {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw malformed("UTF-16 文本无法解码") }
            try scan(Data(text.utf8), handle)
            return
        }
        try data.withUnsafeBytes { raw in
            try scan(raw.bindMemory(to: UInt8.self), handle)
        }
    }

    private static func malformed(_ what: String) -> SpreadsheetError {
        SpreadsheetError(.malformedWorkbook, "工作簿内容损坏（\(what)），请用 Excel 或 WPS 打开后重新保存为 .xlsx 再导入。")
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ handle: (XMLEvent) throws -> Void) throws {
        let count = bytes.count
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var textStart = index
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if index > textStart { try emitText(bytes, textStart..<index, handle) }
            index = try scanMarkup(bytes, from: index, handle)
            textStart = index
        }
        if index > textStart { try emitText(bytes, textStart..<index, handle) }
    }

    /// Scans the markup starting at the `<` at `start` and returns the index just after it.
    private static func scanMarkup(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ handle: (XMLEvent) throws -> Void
    ) throws -> Int {
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        switch next {
        case UInt8(ascii: "?"):
            return try after(bytes, "?>", from: start)
        case UInt8(ascii: "!"):
            if matches(bytes, "<!--", at: start) { return try after(bytes, "-->", from: start) }
            if matches(bytes, "<![CDATA[", at: start) {
                let end = try after(bytes, "]]>", from: start)
                let content = (start + 9)..<(end - 3)
                try handle(.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self)))
                return end
            }
            return try after(bytes, ">", from: start)
        case UInt8(ascii: "/"):
            let end = try after(bytes, ">", from: start)
            let name = localName(bytes, (start + 2)..<(end - 1))
            try handle(.end(name: name))
            return end
        default:
            return try scanStartTag(bytes, from: start, handle)
        }
    }

    private static func scanStartTag(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ handle: (XMLEvent) throws -> Void
    ) throws -> Int {
        var index = start + 1
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
            bytes[index] != UInt8(ascii: "/")
        {
            index += 1
        }
        let name = localName(bytes, (start + 1)..<index)
        var attributes: [String: String] = [:]
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { throw malformed("标签 \(name) 没有结束") }
            if bytes[index] == UInt8(ascii: ">") {
                try handle(.start(name: name, attributes: attributes, selfClosing: false))
                return index + 1
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else {
                    throw malformed("标签 \(name) 写法不对")
                }
                try handle(.start(name: name, attributes: attributes, selfClosing: true))
                return index + 2
            }
            let nameStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "="), !isSpace(bytes[index]) { index += 1 }
            let attributeName = localName(bytes, nameStart..<index)
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'") {
                index += 1
            }
            guard index < bytes.count else { throw malformed("属性 \(attributeName) 没有值") }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < bytes.count, bytes[index] != quote { index += 1 }
            guard index < bytes.count else { throw malformed("属性 \(attributeName) 没有结束") }
            attributes[attributeName] = decodeEntities(bytes, valueStart..<index)
            index += 1
        }
    }

    private static func emitText(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ handle: (XMLEvent) throws -> Void
    ) throws {
        guard range.contains(where: { !isSpace(bytes[$0]) }) else { return }
        try handle(.text(decodeEntities(bytes, range)))
    }

    /// The text of `range` with the five predefined entities and character references replaced.
    static func decodeEntities(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            guard byte == UInt8(ascii: "&"),
                let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";"))
            else {
                output.append(byte)
                index += 1
                continue
            }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: slice[(index + 1)..<semicolon]), as: UTF8.self)
            if let replacement = replacement(forEntity: entity) {
                output.append(contentsOf: Array(replacement.utf8))
                index = semicolon + 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func replacement(forEntity entity: String) -> String? {
        switch entity {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let body = entity.dropFirst()
            let value =
                body.hasPrefix("x") || body.hasPrefix("X")
                ? UInt32(body.dropFirst(), radix: 16) : UInt32(body, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
    }

    private static func localName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = bytes[range]
        let start = slice.lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? range.lowerBound
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<range.upperBound]), as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == literal.utf8Start[$0] }
    }

    /// The index just after the first `terminator` at or after `start`; throws when there is none.
    private static func after(_ bytes: UnsafeBufferPointer<UInt8>, _ terminator: StaticString, from start: Int) throws
        -> Int
    {
        let count = terminator.utf8CodeUnitCount
        var index = start + 1
        while index + count <= bytes.count {
            if matches(bytes, terminator, at: index) { return index + count }
            index += 1
        }
        throw malformed("在第 \(start) 个字节处的标记没有结束")
    }
}
