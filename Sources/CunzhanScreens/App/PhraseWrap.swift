import TerminalUI

/// Wraps Chinese notes at phrase boundaries, with a hanging indent, for history entries and dialog questions.
///
/// `TextLayout.wrap` may break between any two Chinese characters, which splits words such as 限期整改 or
/// 整改事项 across lines. Here a line ends after the last punctuation mark (，、：；。） and the like), else
/// after the last space, when that leaves it at least half full; only a phrase longer than that is broken between characters, and
/// never inside a run of digits or Latin letters (a date, a household number) when the run fits on a line.
enum PhraseWrap {
    /// Characters after which a line may end.
    static let breakAfter: Set<Character> = [
        " ", "，", "、", "：", "；", "。", "！", "？", "）", "】", "》", "」", ",", ";", ":", "!", "?", ")",
    ]
    /// Characters no line may start with (a small 禁则 rule).
    static let noLineStart: Set<Character> = [
        "，", "、", "：", "；", "。", "！", "？", "）", "】", "》", "」", ",", ".", ";", ":", "!", "?", ")",
    ]

    /// `text` in lines of at most `width` columns; lines after the first start with `indent` spaces (at most
    /// half the width). Line feeds in `text` always break; leading spaces of the first line are kept.
    static func lines(_ text: String, width: Int, indent: Int = 0) -> [String] {
        guard width > 0 else { return [] }
        let hang = min(max(0, indent), width / 2)
        var result: [String] = []
        // Split before sanitising: the sanitiser turns line feeds into visible marks.
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var rest = Substring(TextSanitizer.clean(String(paragraph)))
            repeat {
                let lead = result.isEmpty ? "" : String(repeating: " ", count: hang)
                let room = width - DisplayWidth.of(lead)
                if DisplayWidth.of(String(rest)) <= room {
                    result.append(lead + rest)
                    break
                }
                let cut = breakIndex(in: rest, room: room)
                result.append(lead + String(rest[..<cut]).trimmingTrailingSpaces())
                rest = rest[cut...].drop { $0 == " " }
            } while !rest.isEmpty
        }
        return result
    }

    /// Where the line starting `text` ends, given `room` columns (`text` is wider than that).
    static func breakIndex(in text: Substring, room: Int) -> String.Index {
        var used = 0
        var index = text.startIndex
        // Punctuation ends a phrase; a space in Chinese text often only sets off a number ("新建 1 项"), so
        // it is the second choice.
        var punctuationEnd: (index: String.Index, used: Int)?
        var spaceEnd: (index: String.Index, used: Int)?
        while index < text.endIndex {
            let width = DisplayWidth.of(String(text[index]))
            if used + width > room { break }
            used += width
            let character = text[index]
            index = text.index(after: index)
            let next = index < text.endIndex ? text[index] : nil
            guard breakAfter.contains(character), next.map({ !noLineStart.contains($0) }) ?? true else { continue }
            if character == " " { spaceEnd = (index, used) } else { punctuationEnd = (index, used) }
        }
        for end in [punctuationEnd, spaceEnd] {
            if let end, end.used * 2 >= room { return end.index }
        }
        guard index > text.startIndex else { return text.index(after: text.startIndex) }
        // Keep a date or a number whole, and closing punctuation with the character before it.
        var cut = index
        while cut > text.startIndex, cut < text.endIndex {
            let before = text[text.index(before: cut)]
            let after = text[cut]
            let insideRun = isRunCharacter(before) && isRunCharacter(after)
            guard insideRun || noLineStart.contains(after) else { break }
            cut = text.index(before: cut)
        }
        return cut > text.startIndex ? cut : index
    }

    /// Digits, Latin letters and the marks inside dates and numbers: a run of them is not split.
    static func isRunCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-.:/%".contains(character))
    }
}

extension String {
    /// The string without spaces at its end.
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
