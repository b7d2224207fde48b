extension String {
    /// The string with full-width ASCII (U+FF01–U+FF5E) and the ideographic space folded to plain ASCII.
    ///
    /// Chinese input methods often type full-width digits and letters (１３８, ＸＸ); validators and search
    /// fold them first so users are never refused for the width of what they typed.
    func foldingFullWidthASCII() -> String {
        var folded = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                folded.append(ascii)
            } else if scalar.value == 0x3000 {
                folded.append(" ")
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// The folded string without spaces and hyphens: what a code or number field keeps of what was typed.
    ///
    /// "１３８ 0013-8000" becomes "13800138000".
    func compactedForCode() -> String {
        let separators: Set<Character> = [" ", "\t", "\n", "-", "‐", "–", "—", "_"]
        return String(foldingFullWidthASCII().filter { !separators.contains($0) })
    }

    /// True when every character is an ASCII digit (and there is at least one).
    var isASCIIDigits: Bool { !isEmpty && allSatisfy { $0.isASCII && $0.isNumber } }
}
