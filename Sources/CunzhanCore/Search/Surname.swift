/// The readings of Chinese surnames whose everyday reading differs from their reading as a surname.
///
/// Search keys read the first character of a name as a surname: 单 is shan (not dan), 曾 zeng (not ceng).
/// Compound surnames (复姓) whose characters read differently together, such as 尉迟 yuchi, come first.
enum Surname {
    /// Two-character surnames with a special reading, by their characters.
    static let compound: [String: [String]] = [
        "尉迟": ["yu", "chi"],
        "万俟": ["mo", "qi"],
        "单于": ["chan", "yu"],
        "澹台": ["tan", "tai"],
        "长孙": ["zhang", "sun"],
        "令狐": ["ling", "hu"],
        "宇文": ["yu", "wen"],
        "乐正": ["yue", "zheng"],
        "仉督": ["zhang", "du"],
        "亓官": ["qi", "guan"],
    ]

    /// One-character surnames whose surname reading differs from (or must not depend on) the common one.
    static let single: [Unicode.Scalar: String] = [
        "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
        "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "翟": "zhai", "尉": "wei", "秘": "bi",
        "繁": "po", "句": "gou", "种": "chong", "折": "she", "员": "yun", "黑": "he", "召": "shao",
        "隗": "wei", "阚": "kan", "沈": "shen", "宁": "ning", "任": "ren", "华": "hua", "燕": "yan",
        "葛": "ge", "贲": "ben", "柏": "bai", "薄": "bo", "冼": "xian", "卜": "bu", "长": "chang",
        "重": "chong", "藏": "zang", "过": "guo", "朝": "chao", "眭": "sui", "谌": "chen", "洗": "xian",
        "厍": "she", "禚": "zhuo", "宓": "mi", "逄": "pang", "能": "nai", "舍": "she", "瞿": "qu",
        "训": "xun", "粘": "nian", "曲": "qu", "莘": "shen", "都": "du", "纪": "ji", "尹": "yin",
    ]

    /// The surname reading at the start of `scalars`: its syllables and how many scalars it covers.
    static func reading(atStartOf scalars: [Unicode.Scalar]) -> (syllables: [String], length: Int)? {
        if scalars.count >= 2 {
            var pair = String.UnicodeScalarView()
            pair.append(contentsOf: scalars[0..<2])
            if let syllables = compound[String(pair)] { return (syllables, 2) }
        }
        guard let first = scalars.first, let syllable = single[first] else { return nil }
        return ([syllable], 1)
    }
}
