/// Search keys for people's names: pinyin initials and whole pinyin, and the matching form of a typed query.
///
/// Lists find a household "in two keystrokes" (DESIGN.md §1): 张三 is found by `zs` or `zhangsan`. The first
/// character of a name is read as a surname (单 is shan, 曾 zeng, 尉迟 yuchi); other ideographs use their
/// common reading. The readings come from a generated table, so no ICU is called at run time.
public enum SearchKey {
    /// "张三" → "zs"; the first character of a personal name uses its surname reading (单→s, 曾→z, 解→x, 仇→q,
    /// 朴→p, 查→z, 区→o, 盖→g, 乐→y, 缪→m, 覃→q, 翟→z, 尉迟→yc). ASCII letters/digits are kept lower-cased;
    /// other characters are dropped.
    public static func initials(ofName name: String) -> String {
        tokens(ofName: name).map { token in token.isReading ? String(token.text.prefix(1)) : token.text }.joined()
    }

    /// "张三" → "zhangsan" (same rules, whole syllables, no tones).
    public static func fullPinyin(ofName name: String) -> String {
        tokens(ofName: name).map(\.text).joined()
    }

    /// What a user typed, made comparable: trimmed, lower-cased, full-width ASCII folded to half-width.
    public static func normalizedQuery(_ text: String) -> String {
        text.foldingFullWidthASCII().trimmingWhitespace().lowercased()
    }

    /// A piece of a name's key: a syllable read from an ideograph, or a kept ASCII letter or digit.
    struct Token: Equatable {
        var text: String
        var isReading: Bool
    }

    /// The tokens of `name`, with the surname rule applied to its leading ideographs.
    static func tokens(ofName name: String) -> [Token] {
        let scalars = Array(name.foldingFullWidthASCII().trimmingWhitespace().unicodeScalars)
        var tokens: [Token] = []
        var position = 0
        if let surname = Surname.reading(atStartOf: scalars) {
            tokens = surname.syllables.map { Token(text: $0, isReading: true) }
            position = surname.length
        }
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if scalar.isASCII {
                let character = Character(scalar)
                if character.isLetter || character.isNumber {
                    tokens.append(Token(text: character.lowercased(), isReading: false))
                }
            } else if let reading = PinyinTable.reading(of: scalar) {
                tokens.append(Token(text: reading, isReading: true))
            }
        }
        return tokens
    }
}
