import CNcursesW

/// Conversions of one cell's text for ncurses: the wide-character string `setcchar` takes, and its width.
enum NcursesCellText {
    /// The most code points one ncurses cell holds (a spacing character and its combining marks).
    static let maximumCodePoints = Int(CCHARW_MAX)

    /// The text as a zero-terminated `wchar_t` array of at most `maximumCodePoints` code points.
    static func wideCharacters(_ text: String) -> [wchar_t] {
        var result = text.unicodeScalars.prefix(maximumCodePoints).map { wchar_t(bitPattern: $0.value) }
        result.append(0)
        return result
    }

    /// True when the C library (and so ncurses) draws the text two columns wide.
    static func isWide(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return cz_wcwidth(wchar_t(bitPattern: first.value)) == 2
    }
}
