import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// An item's history holds every transition the station knows: its own and those pulled from others, each
/// once, in order, with author, date and reason; a store of schema 14 is brought along by v16.
@Suite struct ItemHistorySyncTests {
    @Test func transitionsFromEveryStationAppearOnceInOrder() throws {
        let loop = try LoopFixture()
        let first = loop.store
        let second = try makeStore()
        var server = MiniServer()
        try server.sync(first)
        try server.sync(second)
        let item = try loop.raise("屋顶漏雨")
        try loop.assign(item)
        try server.sync(first)
        try server.sync(second)
        let pulled = try #require(try second.itemDetail(item.id))
        #expect(pulled.history.map(\.actor) == ["王书记"])
        #expect(pulled.history.first?.text.hasPrefix("定责：责任人 张网格") == true)
        try second.write(author: loop.cadre.id) { writer in
            try writer.transitionItem(item.id, .submitForVerification(evidence: "已修缮，照片3张"), on: LoopFixture.found)
        }
        try server.sync(second)  // its own op comes back in the pull
        try server.sync(second)
        let onSecond = try #require(try second.itemDetail(item.id)).history
        #expect(onSecond.map(\.actor) == ["王书记", "张网格"])
        try server.sync(first)
        let onFirst = try #require(try first.itemDetail(item.id)).history
        #expect(onFirst.map(\.actor) == ["王书记", "张网格"])
        #expect(onFirst.last?.text == "提交验收：佐证：已修缮，照片3张")
        #expect(onFirst.last?.date == LoopFixture.found)
        #expect(try first.item(item.id)?.state == .awaitingVerification)
        #expect(try count(first, "item_transitions") == 2)
    }

    @Test func aRefusedTransitionThePersonDiscardedLeavesTheHistory() throws {
        let loop = try LoopFixture()
        var server = MiniServer()
        let item = try loop.raise("屋顶漏雨")
        try server.sync(loop.store)
        try loop.assign(item)
        let assign = try #require(try loop.store.unsentOps().last)
        server.refused.insert(assign.opID)
        try server.sync(loop.store)
        #expect(try loop.store.itemDetail(item.id)?.history.count == 1, "refused but not yet resolved: still shown")
        try loop.store.discard(assign.opID, reason: "重新定责", author: loop.secretary.id)
        #expect(try loop.store.itemDetail(item.id)?.history.isEmpty == true)
    }

    @Test func aSchema14StoreIsBackfilledFromItsOutboxAndAppliedOps() throws {
        let path = temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try StationStore.migrator.migrate(queue, upTo: "v14 sync state")
        let own = ItemTransition(from: .pendingAssignment, to: .inProgress, reason: "", date: LoopFixture.found)
        let ownPayload = String(decoding: try JSONEncoder().encode(own), as: UTF8.self)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO outbox (local_seq, op_id, station_id, tx_group, author, entity_type, entity_id, kind,
                        payload, hlc, app_version, schema_version)
                    VALUES (1, 'own-op', 'here', 'g', 'u1', 'rectificationItem', 'item-1', 'transition', ?,
                        '001772409600000-000000-here', 'test', 14),
                        (2, 'own-create', 'here', 'g', 'u1', 'rectificationItem', 'item-1', 'create', '{}',
                        '001772409500000-000000-here', 'test', 14)
                    """, arguments: [ownPayload])
            try db.execute(
                sql: """
                    INSERT INTO applied_ops (op_id, station_id, entity_type, entity_id, kind, hlc)
                    VALUES ('pulled-op', 'there', 'rectificationItem', 'item-1', 'transition',
                        '001772496000000-000000-there'),
                        ('pulled-visit', 'there', 'visit', 'visit-1', 'append', '001772496000000-000001-there')
                    """)
        }
        try StationStore.migrator.migrate(queue)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT op_id, author, payload FROM item_transitions ORDER BY hlc")
        }
        #expect(rows.map { $0["op_id"] as String } == ["own-op", "pulled-op"])
        #expect(rows.map { $0["author"] as String? } == ["u1", nil])
        #expect(rows.last?["payload"] as String? == nil)
        let kept = try #require(rows.last)
        let entry = try StationStore.historyEntry(
            transitionOp: try queue.read { db in
                try #require(try Row.fetchOne(db, sql: "SELECT * FROM item_transitions WHERE op_id = 'pulled-op'"))
            }, name: { _ in "未知" })
        #expect(kept["op_id"] as String == "pulled-op")
        #expect(entry.actor == "其他站点")
        #expect(entry.text.contains("详情未保存"))
        #expect(entry.date.description == "2026-03-03")
    }
}
