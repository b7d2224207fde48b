import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

@Suite struct SyncStateTests {
    /// Station A with the village, station B empty; both synced through `server`.
    private func twoStations() throws -> (StationStore, StationStore, Fixture, MiniServer) {
        let first = try makeStore()
        let fixture = try Fixture(store: first)
        let second = try makeStore()
        var server = MiniServer()
        try server.sync(first)
        try server.sync(second)
        return (first, second, fixture, server)
    }

    @Test func ownOpsComingBackAreAcknowledgementsNotReapplied() throws {
        let (first, second, fixture, server) = try twoStations()
        #expect(try first.unsentOpCount() == 0)
        #expect(try count(first, "applied_ops") == 0)
        #expect(try count(second, "applied_ops") == 4)
        #expect(try first.scopeChecksum("530124100").sha256 == second.scopeChecksum("530124100").sha256)
        #expect(try first.scopeChecksum(fixture.village.code).recordCount == 4)
        try server.pull(into: first)
        #expect(try first.syncSettings().pullCursor == 4)
    }

    @Test func aPagePulledTwiceChangesNothing() throws {
        let (first, second, fixture, _) = try twoStations()
        var server = MiniServer()
        let household = fixture.household("张三", number: "0001")
        try first.write(author: fixture.worker.id) { try $0.createHousehold(household) }
        try server.sync(first)
        let page = server.log
        try second.applyPulled(page, cursor: 1)
        let once = try second.scopeChecksum(fixture.village.code)
        let report = try second.applyPulled(page, cursor: 1)
        #expect(report.applied == 0)
        #expect(report.skipped == page.count)
        #expect(try second.scopeChecksum(fixture.village.code) == once)
    }

    @Test func aLocalPatchOfAFieldTheServerChangedEarlierKeepsTheLocalValueAndMergesOtherFields() throws {
        var (first, second, fixture, server) = try twoStations()
        let household = fixture.household("张三", number: "0001", phone: "13812345678")
        try first.write(author: nil) { try $0.createHousehold(household) }
        try server.sync(first)
        try server.sync(second)
        var onFirst = household
        onFirst.address = "东头1号"
        onFirst.population = 3
        try first.write(author: nil) { try $0.updateHousehold(onFirst) }
        var onSecond = household
        onSecond.address = "西头2号"
        try second.write(author: nil) { try $0.updateHousehold(onSecond) }
        // The second station's change reaches the server first; the first station pulls before pushing.
        _ = try server.push(from: second)
        try server.pull(into: first)
        let merged = try #require(try first.household(household.id))
        #expect(merged.address == "东头1号")
        #expect(merged.population == 3)
        // Once everyone has synced, the server's order decides: the first station's later patch wins.
        try server.sync(first)
        try server.sync(second)
        try server.sync(first)
        #expect(try second.household(household.id)?.address == "东头1号")
        #expect(try first.scopeChecksum(fixture.village.code) == second.scopeChecksum(fixture.village.code))
    }

    @Test func discardingARejectedPatchBringsBackTheServerValueAndLeavesAnAuditRecord() throws {
        var (first, _, fixture, server) = try twoStations()
        let household = fixture.household("张三", number: "0001")
        try first.write(author: nil) { try $0.createHousehold(household) }
        try server.sync(first)
        var changed = household
        changed.population = 9
        try first.write(author: fixture.worker.id) { try $0.updateHousehold(changed) }
        let patch = try #require(try first.unsentOps().first)
        server.refused = [patch.opID]
        try server.sync(first)
        #expect(try first.opState(patch.opID) == .rejected)
        #expect(try first.household(household.id)?.population == 9)
        let items = try first.attentionItems()
        #expect(items.map(\.opID) == [patch.opID])
        #expect(items.first?.recordLabel == "农户 户主 张三（户编号 0001）")
        #expect(items.first?.detail.message == "人口数不对")
        #expect(try first.syncStatus().needsAttention == 1)

        #expect(throws: StoreError.self) { try first.discard(patch.opID, reason: "  ", author: fixture.worker.id) }
        #expect(try first.unsentOps().isEmpty)
        try first.discard(patch.opID, reason: "填错了", author: fixture.worker.id)
        #expect(try first.household(household.id)?.population == 1)
        #expect(try first.attentionCount() == 0)
        #expect(try count(first, "sync_audit") == 1)
        #expect(throws: StoreError.self) { try first.discard(patch.opID, reason: "再放弃", author: nil) }

        // The decision travels as a `discard` audit op on the same record, written with the resolution.
        let audit = try #require(try first.unsentOps().first)
        #expect(try first.unsentOps().count == 1)
        #expect(audit.kind == .discard)
        #expect(audit.entityType == .household && audit.entityID == household.id.text)
        #expect(audit.author == fixture.worker.id.text)
        let payload = try JSONValue.parseObject(audit.payload)
        #expect(payload["discardedOpID"] == .string(patch.opID))
        #expect(payload["reason"] == .string("填错了"))
        #expect(try first.syncStatus().text.hasPrefix("待上传 1 | 需处理 0"))
        try server.sync(first)
        #expect(try first.opState(audit.opID) == .acked)
        #expect(try first.household(household.id)?.population == 1)
        #expect(try first.check().isHealthy)
    }

    @Test func resendingWithACorrectionRecordsANewOpAndResolvesTheOldOne() throws {
        var (first, _, fixture, server) = try twoStations()
        let household = fixture.household("张三", number: "0001")
        try first.write(author: nil) { try $0.createHousehold(household) }
        try server.sync(first)
        var changed = household
        changed.population = 9
        try first.write(author: nil) { try $0.updateHousehold(changed) }
        let patch = try #require(try first.unsentOps().first)
        server.refused = [patch.opID]
        try server.sync(first)

        #expect(throws: StoreError.self) { try first.resend(patch.opID, corrections: ["population": "三"], author: nil) }
        #expect(throws: StoreError.self) { try first.resend(patch.opID, corrections: ["phone": "1"], author: nil) }
        let replacement = try first.resend(patch.opID, corrections: ["population": "4"], author: fixture.worker.id)
        #expect(try first.household(household.id)?.population == 4)
        let sent = try #require(try first.unsentOps().first)
        #expect(sent.opID == replacement)
        #expect(sent.payload == #"{"population":4}"#)
        #expect(sent.base == #"{"population":1}"#)
        #expect(try first.attentionCount() == 0)
        try server.sync(first)
        #expect(try first.opState(replacement) == .acked)
    }

    @Test func discardingARejectedNewRecordRemovesIt() throws {
        var (first, _, fixture, server) = try twoStations()
        let household = fixture.household("张三", number: "0001")
        try first.write(author: nil) { try $0.createHousehold(household) }
        let create = try #require(try first.unsentOps().first)
        server.refused = [create.opID]
        try server.sync(first)
        try first.discard(create.opID, reason: "本村没有这户", author: nil)
        #expect(try first.household(household.id) == nil)
        #expect(try first.check().isHealthy)
    }

    @Test func syncStatusCountsUnsentAndAttentionAndShowsTheLastSyncInBeijingTime() throws {
        let store = try makeStore()
        _ = try Fixture(store: store)
        #expect(try store.syncStatus().text == "待上传 4 | 需处理 0 | 上次同步 从未")
        // 2026-03-18 06:05 UTC is 14:05 in Beijing.
        try store.recordSyncFinished(atMillis: 1_773_813_900_000)
        let status = try store.syncStatus()
        #expect(status.lastSyncText(now: Date(timeIntervalSince1970: 1_773_813_900)) == "14:05")
        #expect(status.lastSyncText(now: Date(timeIntervalSince1970: 1_773_813_900 + 86_400)) == "03-18 14:05")
    }

    @Test func enrolmentKeepsTheTokenOutOfDescriptionsAndRefusesBadAddresses() throws {
        let store = try makeStore()
        #expect(throws: StoreError.self) { try store.enroll(serverURL: "10.0.0.2:8080", token: "t") }
        #expect(throws: StoreError.self) { try store.enroll(serverURL: "http://10.0.0.2:8080", token: " ") }
        try store.enroll(serverURL: "http://10.0.0.2:8080", token: "secret-token-123")
        let settings = try store.syncSettings()
        #expect(settings.token == "secret-token-123")
        #expect(settings.isEnrolled)
        #expect(!settings.description.contains("secret"))
    }
}
