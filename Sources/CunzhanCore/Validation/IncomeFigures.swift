/// The figures of an income survey (收入监测) for one household, and its per-capita net income.
///
/// 人均纯收入 = (工资性 + 生产经营性 + 财产性 + 转移性收入 − 生产经营性支出) ÷ 家庭人口 (DESIGN.md §2). All
/// amounts are `Money`, so the arithmetic is exact; the only rounding is the final division, half away from
/// zero to the fen (四舍五入). The net may be negative when expenses exceed income.
public struct IncomeFigures: Hashable, Codable, Sendable {
    /// 工资性收入.
    public let wages: Money
    /// 生产经营性收入.
    public let businessIncome: Money
    /// 财产性收入.
    public let propertyIncome: Money
    /// 转移性收入.
    public let transferIncome: Money
    /// 生产经营性支出.
    public let businessExpenses: Money
    /// 家庭人口, at least 1.
    public let population: Int

    /// Validates the figures: no negative amount, population at least 1, totals that fit.
    public init(
        wages: Money, businessIncome: Money, propertyIncome: Money, transferIncome: Money,
        businessExpenses: Money, population: Int
    ) throws(ValidationError) {
        let named: [(String, Money)] = [
            ("工资性收入", wages), ("生产经营性收入", businessIncome), ("财产性收入", propertyIncome),
            ("转移性收入", transferIncome), ("生产经营性支出", businessExpenses),
        ]
        for (field, amount) in named where amount.fen < 0 {
            throw ValidationError(field: field, problem: "不能为负数，请填写0或正数")
        }
        guard population >= 1 else {
            throw ValidationError(field: "家庭人口", problem: "至少为1人，请填写共同生活的家庭人口数")
        }
        guard population <= 99 else {
            throw ValidationError(field: "家庭人口", problem: "\(population)人超出常理，请核对")
        }
        guard IncomeFigures.sum([wages, businessIncome, propertyIncome, transferIncome]) != nil else {
            throw ValidationError(field: "收入合计", problem: "金额过大，请核对各项收入的位数")
        }
        self.wages = wages
        self.businessIncome = businessIncome
        self.propertyIncome = propertyIncome
        self.transferIncome = transferIncome
        self.businessExpenses = businessExpenses
        self.population = population
    }

    /// 家庭总收入: the four incomes added.
    public var totalIncome: Money {
        IncomeFigures.sum([wages, businessIncome, propertyIncome, transferIncome]) ?? .zero
    }

    /// 家庭纯收入: total income minus business expenses.
    public var netIncome: Money {
        // Both are non-negative and fit, so the difference fits.
        totalIncome.subtracting(businessExpenses) ?? .zero
    }

    /// 人均纯收入: net income ÷ population, rounded half away from zero to the fen.
    public var perCapitaNetIncome: Money { netIncome.divided(by: Int64(population)) }

    static func sum(_ amounts: [Money]) -> Money? {
        var total = Money.zero
        for amount in amounts {
            guard let next = total.adding(amount) else { return nil }
            total = next
        }
        return total
    }
}
