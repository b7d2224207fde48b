import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// The home screen's counts: households, the month's visits, households not visited this month, pending uploads.
struct HomeCountsTests {
    /// 2024-03-15 12:00 in Asia/Shanghai (04:00 UTC).
    static let midMarch: Int64 = 1_710_475_200_000

    /// A store with four households: one visited twice in March, one in February only, one never, one in
    /// March by a voided visit only.
    func storeWithVisits() throws -> StationStore {
        let store = try makeStore(clock: .fixed(Self.midMarch))
        let fixture = try Fixture(store: store)
        let households = (1...4).map { fixture.household("张\(["三", "四", "五", "六"][$0 - 1])", number: "H\($0)") }
        let visits = [
            Visit(householdID: households[0].id, date: try date("2024-03-01"), visitorID: fixture.worker.id),
            Visit(householdID: households[0].id, date: try date("2024-03-31"), visitorID: fixture.worker.id),
            Visit(householdID: households[1].id, date: try date("2024-02-29"), visitorID: fixture.worker.id),
            Visit(householdID: households[3].id, date: try date("2024-04-01"), visitorID: fixture.worker.id),
        ]
        try store.write(author: fixture.worker.id) { writer in
            for household in households { try writer.createHousehold(household) }
            for visit in visits { try writer.recordVisit(visit) }
        }
        return store
    }

    @Test func todayIsTheCalendarDayInShanghai() throws {
        let lateEvening = try makeStore(clock: .fixed(1_710_518_400_000))  // 2024-03-15 16:00 UTC = 03-16 00:00 +8
        #expect(lateEvening.today == (try date("2024-03-16")))
    }

    @Test func countsVisitsInsideTheMonthOnly() throws {
        let store = try storeWithVisits()
        let counts = try store.homeCounts()
        #expect(counts.month == "2024-03")
        #expect(counts.households == 4)
        #expect(counts.visitsThisMonth == 2)
    }

    @Test func householdsNotVisitedAreThoseWithoutAVisitSinceTheFirstOfTheMonth() throws {
        let store = try storeWithVisits()
        // 张三 visited in March; 张四 last in February; 张五 never; 张六's only visit is in April (counted visited).
        #expect(try store.homeCounts().householdsNotVisitedThisMonth == 2)
        let april = try store.homeCounts(month: try date("2024-04-10"))
        #expect(april.visitsThisMonth == 1)
        #expect(april.householdsNotVisitedThisMonth == 3)
    }

    @Test func pendingUploadsCountsTheOutbox() throws {
        let store = try storeWithVisits()
        #expect(try store.homeCounts().pendingUploads == (try store.pendingOpCount()))
        #expect(try store.homeCounts().pendingUploads > 0)
    }

    @Test func anEmptyStoreCountsZero() throws {
        let counts = try makeStore(clock: .fixed(Self.midMarch)).homeCounts()
        #expect(
            counts
                == HomeCounts(
                    households: 0, visitsThisMonth: 0, householdsNotVisitedThisMonth: 0, pendingUploads: 0,
                    month: "2024-03"))
    }

    @Test func theMonthQueriesUseTheirIndexes() throws {
        let store = try storeWithVisits()
        let plans = try store.read { db in
            try [
                "SELECT count(*) FROM visits WHERE date >= '2024-03-01' AND date < '2024-04-01' AND voided = 0",
                "SELECT count(*) FROM households WHERE last_visit_date >= '2024-03-01'",
            ].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" }.joined()
            }
        }
        #expect(plans[0].contains("COVERING INDEX visits_by_date"), "\(plans[0])")
        #expect(plans[1].contains("COVERING INDEX households_by_last_visit"), "\(plans[1])")
    }
}
