extension Money {
    /// Parses an amount in yuan as people type it, or throws a message naming `field`.
    ///
    /// Accepted: "1234", "1234.5", "1,234.56", "１２３４", "1234元", "¥1234", ".5". Refused: more than two
    /// decimals, letters or other symbols, a minus sign, misplaced thousands separators, overflow.
    public init(_ raw: String, field: String = "金额") throws(ValidationError) {
        var text = raw.foldingFullWidthASCII().filter { $0 != " " && $0 != "\t" }
        guard !text.isEmpty else { throw ValidationError(field: field, problem: "必填，请输入金额，如 1234.56") }
        if text.hasSuffix("元") { text.removeLast() }
        if let first = text.first, first == "¥" || first == "￥" { text.removeFirst() }
        guard !text.hasPrefix("-") else {
            throw ValidationError(field: field, problem: "不能为负数，请填写0或正数")
        }
        let shown = raw.trimmingWhitespace()
        guard !text.isEmpty, text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }) else {
            throw ValidationError(field: field, problem: "“\(shown)”不是金额，只能填数字和小数点，如 1234.56")
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw ValidationError(field: field, problem: "“\(shown)”有多个小数点，请核对")
        }
        let wholePart = String(parts[0])
        let decimals = parts.count == 2 ? String(parts[1]) : ""
        guard !decimals.contains(",") else {
            throw ValidationError(field: field, problem: "小数部分不能有逗号，请核对")
        }
        guard decimals.count <= 2 else {
            throw ValidationError(field: field, problem: "最多两位小数（精确到分），“\(shown)”有\(decimals.count)位")
        }
        guard let wholeDigits = Money.removingGroupSeparators(wholePart) else {
            throw ValidationError(field: field, problem: "千位分隔逗号的位置不对，请写成 1,234.56 或 1234.56")
        }
        guard !(wholeDigits.isEmpty && decimals.isEmpty) else {
            throw ValidationError(field: field, problem: "“\(shown)”不是金额，请输入数字，如 1234.56")
        }
        var total: Int64 = 0
        for character in wholeDigits + decimals + String(repeating: "0", count: 2 - decimals.count) {
            let digit = Int64(character.wholeNumberValue ?? 0)
            let (shifted, overflowA) = total.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else {
                throw ValidationError(field: field, problem: "金额过大，请核对位数")
            }
            total = sum
        }
        self.init(fen: total)
    }

    /// The digits of a whole part written with or without thousands separators, or nil when they are misplaced.
    static func removingGroupSeparators(_ text: String) -> String? {
        guard text.contains(",") else { return text }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.joined()
    }
}
