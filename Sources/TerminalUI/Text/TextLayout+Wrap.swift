/// Greedy line breaking for `TextLayout.wrap`.
extension TextLayout {
    /// A piece that is never broken unless it alone is wider than the line: a Latin word or one wide character.
    private struct Token {
        var text: String
        var width: Int
        var spaceBefore: Bool
    }

    /// Closing punctuation that must not start a line (a small 禁则 rule).
    private static let noLineStart: Set<Character> = [
        "，", "。", "、", "：", "；", "！", "？", "）", "】", "》", "」", "』", ",", ".", ":", ";", "!", "?", ")",
    ]

    static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for token in tokens(of: text) {
            let gap = token.spaceBefore && lineWidth > 0 ? 1 : 0
            if lineWidth + gap + token.width <= width {
                line += (gap == 1 ? " " : "") + token.text
                lineWidth += gap + token.width
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            var rest = token.text
            while DisplayWidth.of(rest) > width {
                let piece = prefix(rest, columns: width)
                guard !piece.text.isEmpty else { break }
                lines.append(piece.text)
                rest = String(rest.dropFirst(piece.text.count))
            }
            line = rest
            lineWidth = DisplayWidth.of(rest)
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var spaceBefore = false
        var word = ""
        var wordSpace = false
        func flushWord() {
            if !word.isEmpty { tokens.append(Token(text: word, width: DisplayWidth.of(word), spaceBefore: wordSpace)) }
            word = ""
        }
        for character in text {
            if character == " " {
                flushWord()
                spaceBefore = true
                continue
            }
            let width = DisplayWidth.of(grapheme: character)
            if noLineStart.contains(character), !spaceBefore, word.isEmpty, let last = tokens.indices.last {
                tokens[last].text.append(character)
                tokens[last].width += width
            } else if width == 2 {
                flushWord()
                tokens.append(Token(text: String(character), width: 2, spaceBefore: spaceBefore))
            } else {
                if word.isEmpty { wordSpace = spaceBefore }
                word.append(character)
            }
            spaceBefore = false
        }
        flushWord()
        return tokens
    }
}
