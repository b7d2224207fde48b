import CunzhanCore
import Testing

/// Who counts as reached: 入户 in the cycle; 长期外出 by any contact in the quarter; voided and superseded
/// inspections never count; a household moved between grids keeps its contact.
@Suite struct CoverageRuleTests {
    static func day(_ text: String) -> CalendarDate { InspectionCycleTests.day(text) }
    static let march = InspectionCycle(containing: day("2026-03-15"), months: 1)

    @Test(arguments: [
        (InspectionMethod.inPerson, "2026-03-02", true),
        (.inPerson, "2026-03-31", true),
        (.inPerson, "2026-02-28", false),
        (.phone, "2026-03-10", false),
        (.online, "2026-03-10", false),
    ])
    func anOrdinaryHouseholdIsReachedOnlyByAVisitInTheCycle(method: InspectionMethod, date: String, reached: Bool) {
        let facts = [InspectionFact(date: Self.day(date), method: method)]
        #expect(CoverageRule.isReached(longAbsent: false, inspections: facts, in: Self.march) == reached)
        let summary = CoverageRule.summary(of: facts)
        #expect(CoverageRule.isReached(longAbsent: false, contacts: summary, in: Self.march) == reached)
    }

    @Test(arguments: [
        (InspectionMethod.phone, "2026-01-05", true),
        (.online, "2026-02-20", true),
        (.inPerson, "2026-03-20", true),
        (.phone, "2025-12-31", false),
    ])
    func aLongAbsentHouseholdIsReachedByAnyContactInTheQuarter(method: InspectionMethod, date: String, reached: Bool) {
        let facts = [InspectionFact(date: Self.day(date), method: method)]
        #expect(CoverageRule.isReached(longAbsent: true, inspections: facts, in: Self.march) == reached)
        let summary = CoverageRule.summary(of: facts)
        #expect(CoverageRule.isReached(longAbsent: true, contacts: summary, in: Self.march) == reached)
    }

    @Test func aJanuaryCallNoLongerCountsInApril() {
        let facts = [InspectionFact(date: Self.day("2026-01-05"), method: .phone)]
        let april = Self.march.next
        #expect(!CoverageRule.isReached(longAbsent: true, inspections: facts, in: april))
    }

    @Test func withALongCycleTheLongAbsentWindowIsTheCycle() {
        let secondHalf = InspectionCycle(containing: Self.day("2026-08-01"), months: 6)
        #expect(
            CoverageRule.window(for: secondHalf, longAbsent: true) == Self.day("2026-07-01")...Self.day("2026-12-31"))
        let twoMonths = InspectionCycle(containing: Self.day("2026-03-10"), months: 2)
        // March–April starts in the first quarter: a call since January counts.
        #expect(CoverageRule.window(for: twoMonths, longAbsent: true).lowerBound == Self.day("2026-01-01"))
        #expect(CoverageRule.window(for: twoMonths, longAbsent: false).lowerBound == Self.day("2026-03-01"))
    }

    @Test func voidedInspectionsDoNotCount() {
        let facts = [InspectionFact(date: Self.day("2026-03-05"), method: .inPerson, voided: true)]
        #expect(!CoverageRule.isReached(longAbsent: false, inspections: facts, in: Self.march))
        #expect(CoverageRule.summary(of: facts) == ContactSummary())
    }

    @Test func aCorrectionReplacesTheRecordItSupersedes() {
        let original = InspectionFact(date: Self.day("2026-03-05"), method: .inPerson)
        // Corrected: it was a phone call, not a visit.
        let correction = InspectionFact(date: Self.day("2026-03-05"), method: .phone, supersedes: original.id)
        #expect(!CoverageRule.isReached(longAbsent: false, inspections: [original, correction], in: Self.march))
        #expect(
            CoverageRule.summary(of: [correction, original])
                == ContactSummary(latestInPerson: nil, latestAny: Self.day("2026-03-05")))
    }

    @Test func aVoidedCorrectionGivesTheOriginalBack() {
        let original = InspectionFact(date: Self.day("2026-03-05"), method: .inPerson)
        let correction = InspectionFact(
            date: Self.day("2026-03-05"), method: .phone, voided: true, supersedes: original.id)
        #expect(CoverageRule.valid([original, correction]) == [original])
        #expect(CoverageRule.isReached(longAbsent: false, inspections: [original, correction], in: Self.march))
    }

    @Test func aHouseholdMovedBetweenGridsMidCycleKeepsItsVisit() {
        // Visited on 03-03 while in 第一网格 (the inspection names that grid), moved to 第二网格 on 03-10:
        // coverage asks only the household's own inspections, so it counts as reached in its grid of now.
        let visit = InspectionFact(date: Self.day("2026-03-03"), method: .inPerson)
        let second = CoverageTally.of(
            [(longAbsent: false, contacts: CoverageRule.summary(of: [visit]))], in: Self.march)
        #expect(second == CoverageTally(reached: 1, total: 1))
    }

    @Test func talliesAddUpAndRoundDown() {
        let facts = [
            (longAbsent: false, contacts: ContactSummary(latestInPerson: Self.day("2026-03-02"))),
            (longAbsent: false, contacts: ContactSummary(latestInPerson: Self.day("2026-02-02"))),
            (longAbsent: true, contacts: ContactSummary(latestAny: Self.day("2026-02-02"))),
        ]
        let tally = CoverageTally.of(facts, in: Self.march)
        #expect(tally == CoverageTally(reached: 2, total: 3))
        #expect(tally.unreached == 1)
        #expect(tally.percentText == "66%")
        #expect((tally + CoverageTally(reached: 1, total: 1)).text == "3/4 户")
        #expect(CoverageTally().percentText == "100%")
        #expect(CoverageTally().fraction == 1)
    }

    @Test func datesInTheFutureOrBeforeRegistrationAreRefusedNamingTheField() {
        let today = Self.day("2026-03-15")
        #expect(throws: Never.self) {
            try InspectionDateRule.check(today, today: today, registeredOn: Self.day("2026-03-15"))
        }
        do {
            try InspectionDateRule.check(Self.day("2026-03-16"), today: today, registeredOn: nil)
            Issue.record("a future date was accepted")
        } catch {
            #expect(error.message.hasPrefix("排查日期："))
            #expect(error.message.contains("晚于今天"))
        }
        do {
            try InspectionDateRule.check(Self.day("2020-01-01"), today: today, registeredOn: Self.day("2021-06-01"))
            Issue.record("a date before registration was accepted")
        } catch {
            #expect(error.message.contains("早于该户的登记日期（2021-06-01）"))
        }
    }
}
