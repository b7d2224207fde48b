import CNcursesW

extension NcursesTerminal {
    /// The number of columns ncurses gives `character`: the C library's `wcwidth` of its first code point.
    ///
    /// 2 for CJK ideographs and full-width forms, 0 for a lone combining mark, 1 otherwise (including
    /// characters `wcwidth` calls unprintable, which the backend never writes raw). Meaningful once a
    /// terminal is open, because it depends on the UTF-8 locale the terminal switches to.
    public static func displayWidth(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let width = Int(cz_wcwidth(wchar_t(bitPattern: first.value)))
        return width < 0 ? 1 : width
    }
}
