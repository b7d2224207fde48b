import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// Ops written before grids (schema 8) still replay: the fields v9 added get their defaults.
@Suite struct OldOpsReplayTests {
    /// `op` with `keys` taken out of its payload, as a schema-8 station wrote it.
    static func withoutKeys(_ op: Op, _ keys: [String]) throws -> Op {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(op.payload.utf8)) as? [String: Any])
        for key in keys { object.removeValue(forKey: key) }
        var old = op
        old.payload = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        return old
    }

    @Test func householdGridAndVillageCreatedBySchema8StationsReplayWithDefaults() throws {
        let source = try makeStore()
        let fixture = try Fixture(store: source)
        let household = fixture.household("张三", number: "0001")
        try source.write(author: nil) { try $0.createHousehold(household) }
        let ops = try source.outboxOps().map { op in
            switch op.entityType {
            case .household: try Self.withoutKeys(op, ["longAbsent", "gridID", "registeredOn"])
            case .grid: try Self.withoutKeys(op, ["groupIDs", "deputyID"])
            case .village: try Self.withoutKeys(op, ["inspectionCycleMonths"])
            default: op
            }
        }
        let replica = try makeStore()
        try replica.apply(ops)
        let replayed = try replica.snapshot()
        #expect(replayed.households.map(\.longAbsent) == [false])
        #expect(replayed.grids.map(\.groupIDs) == [[fixture.group.id]])
        #expect(replayed.villages.map(\.inspectionCycleMonths) == [1])
        #expect(try replica.check().isHealthy)
    }
}
