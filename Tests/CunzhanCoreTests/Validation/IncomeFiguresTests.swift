import Testing

@testable import CunzhanCore

@Suite("Income figures")
struct IncomeFiguresTests {
    static func figures(
        _ wages: Int64, _ business: Int64, _ property: Int64, _ transfer: Int64, expenses: Int64, population: Int
    ) throws(ValidationError) -> IncomeFigures {
        try IncomeFigures(
            wages: Money(fen: wages), businessIncome: Money(fen: business), propertyIncome: Money(fen: property),
            transferIncome: Money(fen: transfer), businessExpenses: Money(fen: expenses), population: population)
    }

    @Test("per-capita net income is (income - expenses) / population")
    func perCapita() throws {
        let figures = try IncomeFiguresTests.figures(
            2_400_000, 800_000, 50_000, 300_000, expenses: 350_000, population: 4)
        #expect(figures.totalIncome == Money(fen: 3_550_000))
        #expect(figures.netIncome == Money(fen: 3_200_000))
        #expect(figures.perCapitaNetIncome.formatted == "8,000.00")
    }

    @Test("the division rounds half away from zero to the fen")
    func rounding() throws {
        #expect(try IncomeFiguresTests.figures(100, 0, 0, 0, expenses: 0, population: 3).perCapitaNetIncome.fen == 33)
        #expect(try IncomeFiguresTests.figures(200, 0, 0, 0, expenses: 0, population: 3).perCapitaNetIncome.fen == 67)
        #expect(try IncomeFiguresTests.figures(0, 0, 0, 5, expenses: 0, population: 2).perCapitaNetIncome.fen == 3)
        #expect(try IncomeFiguresTests.figures(0, 0, 0, 0, expenses: 5, population: 2).perCapitaNetIncome.fen == -3)
    }

    @Test("expenses above income give a negative net")
    func negativeNet() throws {
        let figures = try IncomeFiguresTests.figures(0, 100_000, 0, 0, expenses: 250_000, population: 3)
        #expect(figures.netIncome == Money(fen: -150_000))
        #expect(figures.perCapitaNetIncome == Money(fen: -50_000))
    }

    @Test("population must be at least one")
    func refusesEmptyHousehold() {
        #expect(throws: ValidationError(field: "家庭人口", problem: "至少为1人，请填写共同生活的家庭人口数")) {
            try IncomeFiguresTests.figures(100, 0, 0, 0, expenses: 0, population: 0)
        }
        #expect(throws: ValidationError.self) {
            try IncomeFiguresTests.figures(100, 0, 0, 0, expenses: 0, population: -2)
        }
    }

    @Test("negative amounts and overflowing totals are refused, naming the field")
    func refusesBadAmounts() {
        #expect(throws: ValidationError(field: "财产性收入", problem: "不能为负数，请填写0或正数")) {
            try IncomeFiguresTests.figures(0, 0, -1, 0, expenses: 0, population: 1)
        }
        #expect(throws: ValidationError(field: "生产经营性支出", problem: "不能为负数，请填写0或正数")) {
            try IncomeFiguresTests.figures(0, 0, 0, 0, expenses: -1, population: 1)
        }
        #expect(throws: ValidationError(field: "收入合计", problem: "金额过大，请核对各项收入的位数")) {
            try IncomeFiguresTests.figures(.max, 1, 0, 0, expenses: 0, population: 1)
        }
    }
}
