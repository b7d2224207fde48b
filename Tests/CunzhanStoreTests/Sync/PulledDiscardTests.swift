import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// A `discard` op pulled from the server is another station's audit of a decision: the station records it
/// as seen and changes no data because of it.
@Suite struct PulledDiscardTests {
    private static func discard(of type: EntityType, _ id: String, seq: Int64) -> PulledOp {
        let payload = #"{"discardedOpID":"op-elsewhere","reason":"录错了"}"#
        let op = Op(
            opID: "discard-\(seq)", stationID: "other-station", localSeq: seq, txGroup: "g\(seq)", author: nil,
            entityType: type, entityID: id, kind: .discard, payload: payload, base: nil,
            hlc: HLCTimestamp(physical: 1_790_000_000_000 + seq, counter: 0, node: "other-station").description,
            appVersion: "test", schemaVersion: 14)
        return PulledOp(serverSeq: seq, villageCode: nil, op: op)
    }

    @Test func aPulledDiscardChangesNoRecordAndIsSkippedTheSecondTime() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let household = fixture.household("张三", number: "0001")
        try store.write(author: fixture.worker.id) { try $0.createHousehold(household) }
        let before = try store.scopeChecksum(fixture.village.code)
        let page = [
            PulledDiscardTests.discard(of: .household, household.id.description, seq: 101),
            PulledDiscardTests.discard(of: .household, UUID().uuidString.lowercased(), seq: 102),
        ]
        let report = try store.applyPulled(page, cursor: 102)
        #expect(report.applied == 2)
        #expect(try store.scopeChecksum(fixture.village.code) == before)
        #expect(try store.applyPulled(page, cursor: 102).skipped == 2)
    }
}
