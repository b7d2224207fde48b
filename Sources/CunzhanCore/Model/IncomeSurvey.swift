/// A 收入监测 (income survey) of a household for one year, amounts in exact fen (`Money`).
///
/// 人均纯收入 = (工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出) ÷ 人口, computed by `IncomeFigures`.
public struct IncomeSurvey: Codable, Sendable, Equatable, Identifiable {
    public var id: IncomeSurveyID
    public var householdID: HouseholdID
    public var year: Int
    public var wages: Money
    public var business: Money
    public var property: Money
    public var transfers: Money
    public var businessExpenses: Money
    public var population: Int

    public init(
        id: IncomeSurveyID = IncomeSurveyID(), householdID: HouseholdID, year: Int, wages: Money, business: Money,
        property: Money, transfers: Money, businessExpenses: Money, population: Int
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

    /// The checked figures, or why they are invalid (negative amount, no one in the household ...).
    public var figures: Result<IncomeFigures, ValidationError> {
        Result { () throws(ValidationError) in
            try IncomeFigures(
                wages: wages, businessIncome: business, propertyIncome: property, transferIncome: transfers,
                businessExpenses: businessExpenses, population: population)
        }
    }

    /// 人均纯收入, rounded to the fen; nil when the figures are invalid.
    public var perCapitaNetIncome: Money? { try? figures.get().perCapitaNetIncome }
}

public typealias IncomeSurveyID = EntityID<IncomeSurvey>
