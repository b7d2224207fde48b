import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// Resetting a user's PIN: the new PIN signs in, the old one no longer does, a lockout is lifted, one op.
struct PINResetTests {
    @Test func theNewPINSignsInTheOldOneNoLongerDoesAndOneOpIsWritten() throws {
        let store = try makeStore()
        let user = try store.addUser(name: "李会计", role: .supervisor, pin: "246810")
        let before = try count(store, "outbox")
        try store.resetPIN(userID: user.id, pin: "135790")
        #expect(try count(store, "outbox") == before + 1)
        #expect(try store.verifyPIN(userID: user.id, pin: "135790").id == user.id)
        #expect(throws: StoreError.self) { try store.verifyPIN(userID: user.id, pin: "246810") }
    }

    @Test func aResetLiftsALockout() throws {
        let store = try makeStore()
        let user = try store.addUser(name: "李会计", role: .supervisor, pin: "246810")
        for _ in 1...StationStore.maxPINAttempts { _ = try? store.verifyPIN(userID: user.id, pin: "000000") }
        #expect(throws: StoreError.self) { try store.verifyPIN(userID: user.id, pin: "246810") }
        try store.resetPIN(userID: user.id, pin: "135790")
        #expect(try store.verifyPIN(userID: user.id, pin: "135790").id == user.id)
    }

    @Test func aPINThatIsNotSixDigitsOrAnUnknownUserIsRefused() throws {
        let store = try makeStore()
        let user = try store.addUser(name: "李会计", role: .supervisor, pin: "246810")
        do {
            try store.resetPIN(userID: user.id, pin: "12ab56")
            Issue.record("a PIN with letters was accepted")
        } catch {
            #expect(error.code == .invalidValue && error.message.contains("6位数字"))
        }
        do {
            try store.resetPIN(userID: UserID(), pin: "123456")
            Issue.record("an unknown user was accepted")
        } catch {
            #expect(error.code == .unknownEntity)
        }
    }
}
