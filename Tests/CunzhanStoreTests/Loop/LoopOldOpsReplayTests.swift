import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// Ops written before the 四定闭环 fields (schema 9 and earlier) still replay, with their defaults.
@Suite struct LoopOldOpsReplayTests {
    @Test func itemsProgressSupervisionAndThemesFromOlderStationsReplay() throws {
        let loop = try LoopFixture()
        let item = try loop.assign(try loop.raise("屋顶漏雨"))
        try loop.store.write(author: loop.cadre.id) { writer in
            try writer.addProgress(
                ProgressEntry(itemID: item.id, authorID: loop.cadre.id, date: LoopFixture.found, text: "已开工"))
        }
        try loop.store.write(author: loop.supervisor.id) { writer in
            try writer.addSupervision(
                SupervisionRecord(
                    itemID: item.id, villageID: loop.village.id, supervisorID: loop.supervisor.id,
                    date: LoopFixture.found, onSite: true, findings: "已开工"))
            try writer.setTheme(month: "2026-03", title: "住房安全", details: "", checklist: ["看屋顶"])
        }
        let ops = try loop.store.outboxOps(limit: 10_000).map { op in
            switch op.entityType {
            case .rectificationItem where op.kind == .create:
                try OldOpsReplayTests.withoutKeys(
                    op,
                    [
                        "responsibleUnit", "evidence", "verificationNote", "requestedDeadline", "extensionReason",
                        "sourceRecordID",
                    ])
            case .progressEntry: try OldOpsReplayTests.withoutKeys(op, ["obstacles"])
            case .supervisionRecord: try OldOpsReplayTests.withoutKeys(op, ["villageID", "place", "verdict"])
            case .monthlyTheme: try OldOpsReplayTests.withoutKeys(op, ["checklist", "origin"])
            default: op
            }
        }
        let replica = try makeStore()
        try replica.apply(ops)
        #expect(try replica.item(item.id)?.responsibleUnit == "")
        #expect(try replica.item(item.id)?.state == .inProgress)
        let records = try replica.read { db in try SupervisionRecord.fetchAll(db) }
        #expect(records.map(\.villageID) == [loop.village.id])
        #expect(try replica.theme(month: "2026-03")?.origin == .local)
        #expect(try replica.theme(month: "2026-03")?.checklist == [])
        #expect(try replica.check().isHealthy)
    }
}
