import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// A clock tests move by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var millis: Int64 = 1_750_000_000_000
    var storeClock: StoreClock { StoreClock { self.lock.withLock { self.millis } } }
    func advance(minutes: Int64) { lock.withLock { millis += minutes * 60_000 } }
}

@Suite struct PINAndCheckTests {
    @Test func fiveWrongPINsLockTheUserForFiveMinutes() throws {
        let clock = ManualClock()
        let store = try makeStore(clock: clock.storeClock)
        let user = try store.write(author: nil) { writer in
            try writer.createUser(name: "管理员", role: .administrator, villageID: nil, pin: "123456")
        }
        #expect(user.pinHash != "123456" && user.pinIterations >= 100_000)
        #expect(try store.verifyPIN(userID: user.id, pin: "123456").id == user.id)
        for attempt in 1...5 {
            do {
                _ = try store.verifyPIN(userID: user.id, pin: "654321")
                Issue.record("wrong PIN accepted")
            } catch {
                #expect(error.code == (attempt < 5 ? .wrongPIN : .lockedOut))
            }
        }
        do {
            _ = try store.verifyPIN(userID: user.id, pin: "123456")
            Issue.record("locked user accepted")
        } catch {
            #expect(error.code == .lockedOut)
        }
        clock.advance(minutes: 5)
        #expect(try store.verifyPIN(userID: user.id, pin: "123456").name == "管理员")
    }

    @Test func pbkdf2MatchesTheRFC7914TestVector() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64) starts with 55ac046e56e3089f.
        #expect(
            PINHasher.hash(pin: "passwd", salt: PINHasher.hex(Array("salt".utf8)), iterations: 1).hasPrefix(
                "55ac046e56e3089f"))
    }

    @Test func demoDataIsTheSameForTheSameSeedAndPassesCheck() throws {
        let first = try makeStore()
        let second = try makeStore()
        var generatorA = DemoGenerator(households: 30, seed: 7, endDate: DemoGenerator.fixedEndDate)
        var generatorB = DemoGenerator(households: 30, seed: 7, endDate: DemoGenerator.fixedEndDate)
        try generatorA.generate(into: first)
        try generatorB.generate(into: second)
        #expect(try first.snapshot() == second.snapshot())
        #expect(try first.check().isHealthy)
        let states = try first.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT state FROM rectification_items ORDER BY 1")
        }
        #expect(states.count >= 3)
        var other = DemoGenerator(households: 30, seed: 8, endDate: DemoGenerator.fixedEndDate)
        let third = try makeStore()
        try other.generate(into: third)
        #expect(try third.snapshot() != first.snapshot())
    }

    @Test func checkReportsADomainRowWithoutItsOp() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        #expect(try store.check().isHealthy)
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM outbox WHERE entity_type = 'grid'")
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
        }
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "UPDATE households SET group_id = 'missing' WHERE 0")
            try db.execute(
                sql: "INSERT INTO villager_groups (id, village_id, name) VALUES ('x', 'no-such-village', '孤组')")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        _ = fixture
        let report = try store.check()
        #expect(!report.isHealthy)
        #expect(report.problems.contains { $0.contains("网格") && $0.contains("没有对应的变更记录") })
        #expect(report.problems.contains { $0.contains("不存在的记录") })
    }
}
