// TEMPORARY: stands in for helper "ui"'s contract (DisplayWidth, Alignment) until branch `ui` lands it.
// Deleted in the merge of `ui`.
public enum Alignment: Sendable { case leading, center, trailing }
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.properties.generalCategory == .control { return -1 }
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        let v = scalar.value
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
        { return 2 }
        return 1
    }
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + max(0, of($1)) }
    }
}
