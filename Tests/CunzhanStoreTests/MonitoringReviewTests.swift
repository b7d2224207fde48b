import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// Flagging a household for a monitoring review: a household patch op with the date and reason, shown in lists.
struct MonitoringReviewTests {
    func storeWithHousehold() throws -> (StationStore, Fixture, Household) {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let household = fixture.household("张三", number: "H1")
        try store.write(author: nil) { try $0.createHousehold(household) }
        return (store, fixture, household)
    }

    @Test func flaggingStoresTheReviewAndQueuesAPatchOfOnlyItsFields() throws {
        let (store, fixture, household) = try storeWithHousehold()
        let review = MonitoringReview(date: try date("2026-03-15"), reason: "  住房安全不达标  ")
        try store.write(author: fixture.worker.id) {
            try $0.flagForMonitoringReview(household.id, review: review)
        }
        let stored = try #require(try store.householdOverview(household.id)?.household)
        #expect(stored.monitoringReview == MonitoringReview(date: try date("2026-03-15"), reason: "住房安全不达标"))
        let payload = try #require(
            try store.read { db in
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT payload FROM outbox WHERE entity_type = 'household' AND kind = 'patch'
                        ORDER BY local_seq DESC LIMIT 1
                        """)
            })
        let fields = try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any]
        // The patch names the household's one changed field, the review, with its date and reason.
        #expect(Set(fields?.keys.map { $0 } ?? []) == ["monitoringReview"])
        let sent = fields?["monitoringReview"] as? [String: Any]
        #expect(sent?["date"] as? String == "2026-03-15")
        #expect(sent?["reason"] as? String == "住房安全不达标")
    }

    @Test func theRegisterRowSaysToBeReviewed() throws {
        let (store, fixture, household) = try storeWithHousehold()
        #expect(try store.householdPage(filter: "", after: nil, limit: 5).first?.statusLabel == "一般农户")
        try store.write(author: fixture.worker.id) {
            try $0.flagForMonitoringReview(
                household.id, review: MonitoringReview(date: try date("2026-03-15"), reason: "新增风险：因病"))
        }
        #expect(try store.householdPage(filter: "", after: nil, limit: 5).first?.statusLabel == "一般农户，待评估")
        #expect(try store.householdPage(filter: "z", after: nil, limit: 5).first?.statusLabel == "一般农户，待评估")
    }

    @Test func anEmptyReasonIsRefusedNamingTheField() throws {
        let (store, fixture, household) = try storeWithHousehold()
        #expect(throws: StoreError.self) {
            try store.write(author: fixture.worker.id) {
                try $0.flagForMonitoringReview(
                    household.id, review: MonitoringReview(date: try date("2026-03-15"), reason: " "))
            }
        }
        do {
            try store.write(author: fixture.worker.id) {
                try $0.flagForMonitoringReview(
                    household.id, review: MonitoringReview(date: try date("2026-03-15"), reason: ""))
            }
        } catch {
            #expect(error.message.hasPrefix("评估原因："))
        }
        #expect(try store.householdOverview(household.id)?.household.monitoringReview == nil)
    }
}
