import CunzhanCore

/// Checks of phone numbers and amounts of money, kept behind two functions so they can switch to
/// `CunzhanCore`'s `PhoneNumber` and `Money` once those land, without touching their callers.
enum ValueFormats {
    /// Nil when `text` is a mainland mobile (1[3-9] + 9 digits) or landline number (0 + area code + 7–8
    /// digits, dash or space optional); otherwise a message naming the field by `label`.
    static func phoneProblem(_ text: String, label: String) -> String? {
        let digits = text.filter { $0 != " " && $0 != "-" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "\(label)：“\(text)”不是电话号码，只能有数字（可用 - 分隔区号），请核对"
        }
        let characters = Array(digits)
        if characters.first == "1" {
            guard characters.count == 11, let second = characters[1].wholeNumberValue, second >= 3 else {
                return "\(label)：手机号应为 1 开头的 11 位数字（第二位为 3 到 9），现在是\(characters.count)位，请核对"
            }
            return nil
        }
        if characters.first == "0", (10...12).contains(characters.count) {
            return nil
        }
        return "\(label)：“\(text)”不是有效的电话号码，手机号如 13812345678，座机如 0851-12345678"
    }

    /// Nil when `text` is an amount of 元 with at most two decimals; otherwise a message naming the field.
    static func moneyProblem(_ text: String, label: String) -> String? {
        MoneyText.fen(from: text) == nil
            ? "\(label)：“\(text)”不是有效的金额，请输入以元为单位的数字，最多两位小数，如 12000 或 12000.50"
            : nil
    }
}

/// Amounts of money as users type them (元, up to two decimals) and as Cunzhan keeps them (integer 分).
public enum MoneyText {
    /// The amount in fen: `"12000.5"` → 1_200_050; nil for anything that is not a plain amount.
    ///
    /// Accepts an optional leading `-`, thousands separators (`,`) and a trailing `元`; never uses
    /// floating point.
    public static func fen(from text: String) -> Int? {
        var body = Substring(text.trimmingWhitespace())
        if body.hasSuffix("元") { body = body.dropLast() }
        let isNegative = body.hasPrefix("-")
        if isNegative { body = body.dropFirst() }
        body = Substring(body.filter { $0 != "," })
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 13,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), let yuan = Int(whole)
        else { return nil }
        var cents = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(decimals)
            else { return nil }
            cents = decimals.count == 1 ? value * 10 : value
        }
        let total = yuan * 100 + cents
        return isNegative ? -total : total
    }

    /// The amount in 元 as users read it: 1_200_050 → `"12000.50"`, 1_200_000 → `"12000"`.
    public static func yuan(fromFen fen: Int) -> String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        return sign + "\(magnitude / 100)" + (cents == 0 ? "" : "." + (cents < 10 ? "0" : "") + "\(cents)")
    }
}
