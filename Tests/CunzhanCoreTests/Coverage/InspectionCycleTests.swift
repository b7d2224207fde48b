import CunzhanCore
import Testing

/// Cycle boundaries: monthly by default, N months aligned to the calendar year, days left, quarters.
@Suite struct InspectionCycleTests {
    static func day(_ text: String) -> CalendarDate {
        (try? CalendarDate(parsing: text)) ?? CalendarDate(dayNumber: 0)
    }

    @Test(arguments: [
        ("2026-03-15", 1, "2026-03-01", "2026-03-31"),
        ("2026-03-01", 1, "2026-03-01", "2026-03-31"),
        ("2026-03-31", 1, "2026-03-01", "2026-03-31"),
        ("2024-02-10", 1, "2024-02-01", "2024-02-29"),
        ("2025-02-10", 1, "2025-02-01", "2025-02-28"),
        ("2026-05-09", 2, "2026-05-01", "2026-06-30"),
        ("2026-06-30", 2, "2026-05-01", "2026-06-30"),
        ("2026-07-01", 2, "2026-07-01", "2026-08-31"),
        ("2026-03-31", 3, "2026-01-01", "2026-03-31"),
        ("2026-04-01", 3, "2026-04-01", "2026-06-30"),
        ("2026-12-31", 4, "2026-09-01", "2026-12-31"),
        ("2026-07-01", 6, "2026-07-01", "2026-12-31"),
        ("2026-01-01", 12, "2026-01-01", "2026-12-31"),
    ])
    func cycleContainingADay(day: String, months: Int, start: String, end: String) {
        let cycle = InspectionCycle(containing: Self.day(day), months: months)
        #expect(cycle.start == Self.day(start))
        #expect(cycle.end == Self.day(end))
        #expect(cycle.contains(Self.day(day)))
        #expect(!cycle.contains(cycle.start.adding(days: -1)))
        #expect(!cycle.contains(cycle.end.adding(days: 1)))
    }

    @Test(arguments: [0, 5, 7, 13, -1])
    func aLengthThatDoesNotDivideTheYearIsMonthly(months: Int) {
        let cycle = InspectionCycle(containing: Self.day("2026-08-20"), months: months)
        #expect(cycle.months == 1)
        #expect(cycle.start == Self.day("2026-08-01"))
        #expect(cycle.end == Self.day("2026-08-31"))
    }

    @Test func daysLeftCountTodayAndStopAtZero() {
        let march = InspectionCycle(containing: Self.day("2026-03-15"), months: 1)
        #expect(march.daysLeft(on: Self.day("2026-03-15")) == 17)
        #expect(march.daysLeft(on: Self.day("2026-03-31")) == 1)
        #expect(march.daysLeft(on: Self.day("2026-04-01")) == 0)
        #expect(march.daysLeft(on: Self.day("2026-02-20")) == 31)
        #expect(march.daysLeft(on: Self.day("2026-03-01")) == 31)
    }

    @Test func nextAndPreviousCrossTheYear() {
        let december = InspectionCycle(containing: Self.day("2025-12-05"), months: 1)
        #expect(december.next.start == Self.day("2026-01-01"))
        #expect(december.next.previous == december)
        let lastTwo = InspectionCycle(containing: Self.day("2025-11-05"), months: 2)
        #expect(lastTwo.next == InspectionCycle(containing: Self.day("2026-02-28"), months: 2))
        #expect(lastTwo.previous.start == Self.day("2025-09-01"))
    }

    @Test func labelsReadAsUsersSayThem() {
        #expect(InspectionCycle(containing: Self.day("2026-03-15"), months: 1).label == "2026年3月")
        #expect(InspectionCycle(containing: Self.day("2026-05-15"), months: 2).label == "2026年5-6月")
        #expect(InspectionCycle(containing: Self.day("2026-05-15"), months: 12).label == "2026年全年")
    }

    @Test func quarterStartIsTheFirstOfJanuaryAprilJulyOrOctober() {
        #expect(InspectionCycle.quarterStart(of: Self.day("2026-03-31")) == Self.day("2026-01-01"))
        #expect(InspectionCycle.quarterStart(of: Self.day("2026-04-01")) == Self.day("2026-04-01"))
        #expect(InspectionCycle.quarterStart(of: Self.day("2026-09-15")) == Self.day("2026-07-01"))
        #expect(InspectionCycle.quarterStart(of: Self.day("2026-12-31")) == Self.day("2026-10-01"))
    }
}
