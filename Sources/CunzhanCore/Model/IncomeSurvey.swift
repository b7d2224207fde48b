/// A 收入监测 (income survey) of a household for one year, in whole 元.
///
/// 人均纯收入 = (工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出) ÷ 人口, in integer arithmetic.
public struct IncomeSurvey: Codable, Sendable, Equatable, Identifiable {
    public var id: IncomeSurveyID
    public var householdID: HouseholdID
    public var year: Int
    public var wages: Int
    public var business: Int
    public var property: Int
    public var transfers: Int
    public var businessExpenses: Int
    public var population: Int

    public init(
        id: IncomeSurveyID = IncomeSurveyID(), householdID: HouseholdID, year: Int, wages: Int, business: Int,
        property: Int, transfers: Int, businessExpenses: Int, population: Int
    ) {
        self.id = id
        self.householdID = householdID
        self.year = year
        self.wages = wages
        self.business = business
        self.property = property
        self.transfers = transfers
        self.businessExpenses = businessExpenses
        self.population = population
    }

    /// 人均纯收入 in whole 元, rounded down; 0 for a household of no one.
    public var perCapitaNetIncome: Int {
        guard population > 0 else { return 0 }
        return (wages + business + property + transfers - businessExpenses) / population
    }
}

public typealias IncomeSurveyID = EntityID<IncomeSurvey>
