import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// The logic behind `cunzhan user add|list|disable`.
struct UserManagementTests {
    func refusal<T>(_ body: () throws -> T) -> StoreError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? StoreError
        }
    }

    @Test func rolesAreFoundByLabelHalfLabelOrCodeAndUnknownOnesListTheValidRoles() throws {
        #expect(try StationStore.role(named: "督导") == .supervisor)
        #expect(try StationStore.role(named: "网格员") == .cadre)
        #expect(try StationStore.role(named: "村干部/网格员") == .cadre)
        #expect(try StationStore.role(named: "Administrator") == .administrator)
        let error = refusal { try StationStore.role(named: "会计") }
        #expect(error?.code == .invalidValue)
        for role in Role.allCases { #expect(error?.message.contains(role.label) == true) }
    }

    @Test func addedUsersAreListedWithoutPINsAndCanSignIn() throws {
        let store = try makeStore()
        let user = try store.addUser(name: "李会计", role: .supervisor, pin: "246810")
        #expect(user.pinHash != "246810")
        #expect(
            try store.userSummaries() == [UserSummary(id: user.id, name: "李会计", role: .supervisor, disabled: false)])
        #expect(try store.verifyPIN(userID: user.id, pin: "246810").id == user.id)
        #expect(try count(store, "outbox") == 1)
    }

    @Test func aDuplicateNameOrAPINThatIsNotSixDigitsIsRefused() throws {
        let store = try makeStore()
        try store.addUser(name: "李会计", role: .supervisor, pin: "246810")
        #expect(refusal { try store.addUser(name: "李会计", role: .cadre, pin: "135790") }?.code == .duplicateName)
        #expect(refusal { try store.addUser(name: "王五", role: .cadre, pin: "12345") }?.message.hasPrefix("密码") == true)
        #expect(refusal { try store.addUser(name: "王五", role: .cadre, pin: "12345a") }?.code == .invalidValue)
        #expect(try store.userSummaries().count == 1)
    }

    @Test func aDisabledUserIsListedAsSuchAndCannotSignIn() throws {
        let store = try makeStore()
        let user = try store.addUser(name: "王五", role: .cadre, pin: "135790")
        try store.disableUser(named: "王五")
        #expect(try store.userSummaries().first?.disabled == true)
        #expect(refusal { try store.verifyPIN(userID: user.id, pin: "135790") }?.code == .userDisabled)
        #expect(refusal { try store.disableUser(named: "赵六") }?.code == .unknownEntity)
        let patches = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE entity_type = 'user' AND kind = 'patch'")
        }
        #expect(patches == 1)
    }
}
