/// A JSON tree type the reader can build: the station's and the wire's JSON values both are one.
public protocol JSONTree {
    static var jsonNull: Self { get }
    static func json(_ value: Bool) -> Self
    static func json(integer: Int64) -> Self
    static func json(number: Double) -> Self
    static func json(_ value: String) -> Self
    static func json(_ values: [Self]) -> Self
    static func json(_ fields: [String: Self]) -> Self
}

/// Why a JSON text could not be read: what was expected and the byte offset where it was not found.
public struct JSONReadError: Error, Equatable, CustomStringConvertible {
    public var expected: String
    public var offset: Int

    public init(_ expected: String, at offset: Int) {
        self.expected = expected
        self.offset = offset
    }

    public var description: String { "JSON 格式不对：第 \(offset) 个字节处应为\(expected)" }
}

/// Reads JSON text (RFC 8259, UTF-8) a value at a time, without Foundation's JSONDecoder.
///
/// Sync moves tens of thousands of ops per minute, and on Linux Foundation's `JSONDecoder` costs tens of
/// microseconds per record (its type checks throw and catch errors), more than the database work itself;
/// this reader lets the wire messages and the station's stored JSON be read directly. Integral numbers
/// (also `3.0` or `1e2`) read as integers, the way `JSONDecoder` gives them to `Int64`.
public struct JSONTextReader {
    let bytes: [UInt8]
    public private(set) var offset = 0
    private var depth = 0
    /// True right after `{` or `[`, before the first element.
    private var justOpened = false

    /// Nesting deeper than this is refused, so hostile input cannot exhaust the stack.
    static let maximumDepth = 256

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    /// Reads one whole text as a tree; anything after the value is an error.
    public static func tree<Tree: JSONTree>(_ type: Tree.Type, from bytes: [UInt8]) throws(JSONReadError) -> Tree {
        var reader = JSONTextReader(bytes)
        let value: Tree = try reader.readTree()
        try reader.expectEnd()
        return value
    }

    /// Checks that only whitespace is left.
    public mutating func expectEnd() throws(JSONReadError) {
        skipWhitespace()
        guard offset == bytes.count else { throw JSONReadError("文本结尾", at: offset) }
    }

    /// True (and consumed) when the next value is `null`.
    public mutating func readNull() throws(JSONReadError) -> Bool {
        skipWhitespace()
        guard peek == UInt8(ascii: "n") else { return false }
        try expectLiteral("null")
        return true
    }

    public mutating func readBool() throws(JSONReadError) -> Bool {
        skipWhitespace()
        switch peek {
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return true
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return false
        default: throw JSONReadError("true 或 false", at: offset)
        }
    }

    /// A number that is a whole number within Int64.
    public mutating func readInteger() throws(JSONReadError) -> Int64 {
        let start = offset
        guard case .integer(let value) = try readNumber() else { throw JSONReadError("整数", at: start) }
        return value
    }

    public mutating func readString() throws(JSONReadError) -> String {
        skipWhitespace()
        guard peek == UInt8(ascii: "\"") else { throw JSONReadError("字符串", at: offset) }
        offset += 1
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = try decodeUTF8(start..<offset)
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if byte < 0x20 { throw JSONReadError("字符串内容（控制字符须转义）", at: offset) }
            offset += 1
        }
        throw JSONReadError("字符串结尾的引号", at: offset)
    }

    /// `null` or a string.
    public mutating func readOptionalString() throws(JSONReadError) -> String? {
        try readNull() ? nil : try readString()
    }

    /// Starts reading an object: then `nextKey()` until it returns nil, reading each key's value.
    public mutating func enterObject() throws(JSONReadError) {
        try enter(UInt8(ascii: "{"), "对象")
    }

    /// The next key of the object being read (its colon consumed), or nil at the object's end.
    public mutating func nextKey() throws(JSONReadError) -> String? {
        guard try hasNext(closing: UInt8(ascii: "}")) else { return nil }
        let key = try readString()
        try expect(UInt8(ascii: ":"), "冒号")
        return key
    }

    /// Starts reading an array: then read an element while `nextElement()` is true.
    public mutating func enterArray() throws(JSONReadError) {
        try enter(UInt8(ascii: "["), "数组")
    }

    /// True when another element of the array being read follows (its comma consumed); false at the end.
    public mutating func nextElement() throws(JSONReadError) -> Bool {
        try hasNext(closing: UInt8(ascii: "]"))
    }

    /// Reads any value as a tree.
    public mutating func readTree<Tree: JSONTree>() throws(JSONReadError) -> Tree {
        skipWhitespace()
        switch peek {
        case UInt8(ascii: "{"):
            var fields: [String: Tree] = [:]
            try enterObject()
            while let key = try nextKey() { fields[key] = try readTree() as Tree }
            return .json(fields)
        case UInt8(ascii: "["):
            var values: [Tree] = []
            try enterArray()
            while try nextElement() { values.append(try readTree()) }
            return .json(values)
        case UInt8(ascii: "\""): return .json(try readString())
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .json(try readBool())
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .jsonNull
        default:
            switch try readNumber() {
            case .integer(let value): return .json(integer: value)
            case .number(let value): return .json(number: value)
            }
        }
    }

    /// Skips one value of any kind (an unknown key's).
    public mutating func skipValue() throws(JSONReadError) {
        let _: SkippedValue = try readTree()
    }

    // MARK: - Scanning

    private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(JSONReadError) {
        skipWhitespace()
        guard peek == byte else { throw JSONReadError(what, at: offset) }
        offset += 1
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONReadError) {
        for expected in literal.utf8 {
            guard peek == expected else { throw JSONReadError(literal, at: offset) }
            offset += 1
        }
    }

    private mutating func enter(_ opening: UInt8, _ what: String) throws(JSONReadError) {
        skipWhitespace()
        guard peek == opening else { throw JSONReadError(what, at: offset) }
        depth += 1
        guard depth <= Self.maximumDepth else { throw JSONReadError("嵌套不超过 \(Self.maximumDepth) 层的值", at: offset) }
        offset += 1
        justOpened = true
    }

    /// After an opening bracket: an element or the closing one; after an element: a comma or the closing one.
    private mutating func hasNext(closing: UInt8) throws(JSONReadError) -> Bool {
        skipWhitespace()
        if peek == closing {
            offset += 1
            depth -= 1
            justOpened = false
            return false
        }
        if justOpened {
            justOpened = false
        } else {
            try expect(UInt8(ascii: ","), "逗号或结尾的括号")
        }
        return true
    }

    private enum Number {
        case integer(Int64)
        case number(Double)
    }

    private mutating func readNumber() throws(JSONReadError) -> Number {
        skipWhitespace()
        let start = offset
        if peek == UInt8(ascii: "-") { offset += 1 }
        let digitsStart = offset
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { offset += 1 }
        let integerDigits = offset - digitsStart
        guard integerDigits > 0 else { throw JSONReadError("数值", at: start) }
        guard integerDigits == 1 || bytes[digitsStart] != UInt8(ascii: "0") else {
            throw JSONReadError("数值（不能以 0 开头）", at: start)
        }
        var isIntegerText = true
        if peek == UInt8(ascii: ".") {
            isIntegerText = false
            offset += 1
            guard try skipDigits() > 0 else { throw JSONReadError("小数点后的数字", at: offset) }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            isIntegerText = false
            offset += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { offset += 1 }
            guard try skipDigits() > 0 else { throw JSONReadError("指数的数字", at: offset) }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if isIntegerText, let value = Int64(text) { return .integer(value) }
        guard let value = Double(text), value.isFinite else { throw JSONReadError("范围内的数值", at: start) }
        if let whole = Int64(exactly: value) { return .integer(whole) }
        return .number(value)
    }

    private mutating func skipDigits() throws(JSONReadError) -> Int {
        let start = offset
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { offset += 1 }
        return offset - start
    }

    private func decodeUTF8(_ range: Range<Int>) throws(JSONReadError) -> String {
        let decoded = bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
        guard let text = decoded else {
            throw JSONReadError("有效的 UTF-8 文本", at: range.lowerBound)
        }
        return text
    }

    /// The rest of a string that holds escapes, from its first byte at `start`.
    private mutating func readEscapedString(from start: Int) throws(JSONReadError) -> String {
        var text = try decodeUTF8(start..<offset)
        var runStart = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                text += try decodeUTF8(runStart..<offset)
                offset += 1
                return text
            }
            if byte < 0x20 { throw JSONReadError("字符串内容（控制字符须转义）", at: offset) }
            guard byte == UInt8(ascii: "\\") else {
                offset += 1
                continue
            }
            text += try decodeUTF8(runStart..<offset)
            offset += 1
            guard let escaped = peek else { break }
            offset += 1
            switch escaped {
            case UInt8(ascii: "\""): text.append("\"")
            case UInt8(ascii: "\\"): text.append("\\")
            case UInt8(ascii: "/"): text.append("/")
            case UInt8(ascii: "b"): text.append("\u{08}")
            case UInt8(ascii: "f"): text.append("\u{0C}")
            case UInt8(ascii: "n"): text.append("\n")
            case UInt8(ascii: "r"): text.append("\r")
            case UInt8(ascii: "t"): text.append("\t")
            case UInt8(ascii: "u"): text.unicodeScalars.append(try readUnicodeEscape())
            default: throw JSONReadError("有效的转义字符", at: offset - 1)
            }
            runStart = offset
        }
        throw JSONReadError("字符串结尾的引号", at: offset)
    }

    /// The scalar of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    private mutating func readUnicodeEscape() throws(JSONReadError) -> Unicode.Scalar {
        let first = try readHex4()
        if (0xD800..<0xDC00).contains(first) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
            else { throw JSONReadError("代理对的后半（\\uDC00–\\uDFFF）", at: offset) }
            offset += 2
            let second = try readHex4()
            guard (0xDC00..<0xE000).contains(second) else {
                throw JSONReadError("代理对的后半（\\uDC00–\\uDFFF）", at: offset - 4)
            }
            let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw JSONReadError("有效的字符", at: offset) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw JSONReadError("有效的字符（不能是单独的代理）", at: offset - 4) }
        return scalar
    }

    private mutating func readHex4() throws(JSONReadError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw JSONReadError("4 位十六进制数", at: offset) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONReadError("4 位十六进制数", at: offset)
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}

/// A tree that keeps nothing, for skipping values.
private struct SkippedValue: JSONTree {
    static var jsonNull: SkippedValue { SkippedValue() }
    static func json(_ value: Bool) -> SkippedValue { SkippedValue() }
    static func json(integer: Int64) -> SkippedValue { SkippedValue() }
    static func json(number: Double) -> SkippedValue { SkippedValue() }
    static func json(_ value: String) -> SkippedValue { SkippedValue() }
    static func json(_ values: [SkippedValue]) -> SkippedValue { SkippedValue() }
    static func json(_ fields: [String: SkippedValue]) -> SkippedValue { SkippedValue() }
}
