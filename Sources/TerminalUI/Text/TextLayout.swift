/// Cuts, pads and wraps text by display columns rather than by characters.
///
/// A Chinese character takes two columns, so counting `Character`s misaligns every table. These functions
/// sanitise first (see `TextSanitizer`) and never cut inside a grapheme or half of a wide character.
///
/// ```swift
/// TextLayout.truncate("王家坪村第三村民小组", toWidth: 9)  // "王家坪.." (8 columns)
/// TextLayout.fit("张三", width: 6, alignment: .trailing)   // "  张三"
/// ```
public enum TextLayout {
    /// What ends a cut text. Two ASCII dots, never "…", whose width differs between terminals.
    static let ellipsis = ".."

    /// Cut to at most `width` columns on a character boundary, ending in ".." when cut (never "…").
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = TextSanitizer.clean(text)
        if DisplayWidth.of(clean) <= width { return clean }
        guard width > ellipsis.count else { return String(repeating: ".", count: width) }
        return prefix(clean, columns: width - ellipsis.count).text + ellipsis
    }

    /// Truncate then pad with spaces to exactly `width` columns.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .leading) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, toWidth: width)
        let room = width - DisplayWidth.of(cut)
        switch alignment {
        case .leading:
            return cut + spaces(room)
        case .trailing:
            return spaces(room) + cut
        case .center:
            return spaces(room / 2) + cut + spaces(room - room / 2)
        }
    }

    /// Break into lines of at most `width` columns (for help text and messages).
    ///
    /// Line feeds in `text` always break. Latin words move whole to the next line when they can; Chinese
    /// may break between any two characters, except that closing punctuation (，。：）】 and the like) stays
    /// with the character before it. A word wider than `width` is split by characters.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return paragraphs.flatMap { wrapParagraph(TextSanitizer.clean(String($0)), width: width) }
    }

    /// The longest leading part of sanitised `text` that fits in `columns`, and its width.
    static func prefix(_ text: String, columns: Int) -> (text: String, width: Int) {
        var result = ""
        var used = 0
        for character in text {
            let width = DisplayWidth.of(grapheme: character)
            if used + width > columns { break }
            result.append(character)
            used += width
        }
        return (result, used)
    }

    static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: max(0, count))
    }
}
