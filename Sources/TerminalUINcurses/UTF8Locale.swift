import CNcursesW

/// Switches the process to a UTF-8 locale, which ncursesw needs to read and draw Chinese.
///
/// The user's own locale wins when it is UTF-8; otherwise the common UTF-8 locales that need no
/// language pack are tried in turn, so `LANG=C` over SSH still gives a working screen.
enum UTF8Locale {
    /// Locales tried, in order, when the environment's locale is not UTF-8.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]

    /// Activates a UTF-8 locale for every category and returns its name.
    static func activate() throws(TerminalStartError) -> String {
        let environmentLocale = setlocale(LC_ALL, "").map { String(cString: $0) }
        if let environmentLocale, isUTF8(codeset()) { return environmentLocale }
        for candidate in fallbacks where setlocale(LC_ALL, candidate) != nil {
            if isUTF8(codeset()) { return candidate }
        }
        _ = setlocale(LC_ALL, "C")
        throw .noUTF8Locale(current: environmentLocale ?? "无效", tried: fallbacks)
    }

    /// True for the spellings C libraries use for the UTF-8 codeset.
    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    private static func codeset() -> String {
        cz_codeset().map { String(cString: $0) } ?? ""
    }
}
