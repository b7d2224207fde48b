import CunzhanScreens
import Testing

@Suite struct BenchTableTests {
    @Test func columnsAlignByTerminalCellsSoChineseHeadersLineUp() {
        let table = BenchTable(headers: ["项目", "中位"], rows: [["filter", "1.00 ms"], ["启动", "120.50 ms"]])
        #expect(
            table.lines == [
                "项目         中位",
                "------  ---------",
                "filter    1.00 ms",
                "启动    120.50 ms",
            ])
    }

    @Test func missingCellsAreBlankAndLinesHaveNoTrailingSpaces() {
        let table = BenchTable(headers: ["a", "b", "c"], rows: [["long name"]])
        #expect(table.lines[2] == "long name")
        #expect(table.lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func aRowWithinItsBudgetSaysOkAndShowsBudgetAndReference() {
        let result = BenchResult(
            name: "筛选", households: 100_000, measured: BenchStatistics(samples: [2, 4, 12]),
            budget: .init(.p99, atMost: 16), reference: BenchStatistics(samples: [0.05, 0.1]))
        #expect(result.meetsBudget == true)
        #expect(
            result.cells == [
                "筛选", "100,000", "3", "4.00 ms", "12.00 ms", "p99 ≤ 16.00 ms", "0.075 ms / 0.100 ms",
                "达标 ok",
            ])
    }

    @Test func aRowOverItsBudgetSaysOver() {
        let result = BenchResult(
            name: "启动", households: 1000, measured: BenchStatistics(samples: [250, 260]),
            budget: .init(.median, atMost: 200))
        #expect(result.meetsBudget == false)
        #expect(result.cells.last == "超出 OVER")
        #expect(result.cells[6] == "—")
    }

    @Test func aRowWithoutBudgetHasNoVerdict() {
        let result = BenchResult(name: "增长", households: nil, unit: .ratio, measured: BenchStatistics(single: 1.5))
        #expect(result.meetsBudget == nil)
        #expect(result.cells == ["增长", "—", "1", "1.50×", "1.50×", "—", "—", "—"])
    }

    @Test func aSingleFigureShowsItsBudgetAndReferenceWithoutStatisticNames() {
        let result = BenchResult(
            name: "内存", households: 100_000, unit: .megabytes, measured: BenchStatistics(single: 90),
            budget: .init(.median, atMost: 80), reference: BenchStatistics(single: 10))
        #expect(result.cells[5...] == ["≤ 80.0 MB", "10.0 MB", "超出 OVER"])
    }

    @Test func growthIsTheRatioOfTheLargeSizeToTheSmallOneJudgedOnP99() {
        let small = BenchResult(
            name: "筛选", households: 1000, measured: BenchStatistics(samples: [1, 2, 2]),
            reference: BenchStatistics(samples: [0.1]))
        let large = BenchResult(
            name: "筛选", households: 100_000, measured: BenchStatistics(samples: [5, 5, 5]),
            reference: BenchStatistics(samples: [0.2]))
        let growth = BenchResult.growth(from: small, to: large)
        #expect(growth.name.contains("100,000/1,000"))
        #expect(growth.measured.median == 2.5)
        #expect(growth.measured.p99 == 2.5)
        #expect(growth.meetsBudget == false)
        #expect(growth.reference?.median == 2)
        #expect(BenchResult.growth(from: small, to: small).meetsBudget == true)
    }

    @Test func figuresAreFormattedWithTheirUnit() {
        #expect(BenchResult.format(61.24, .megabytes) == "61.2 MB")
        #expect(BenchResult.format(12.3, .milliseconds) == "12.30 ms")
        #expect(BenchResult.format(0.0581, .milliseconds) == "0.058 ms")
        #expect(BenchResult.format(1.314, .ratio) == "1.31×")
        #expect(BenchResult.grouped(1_234_567) == "1,234,567")
        #expect(BenchResult.grouped(999) == "999")
    }
}
