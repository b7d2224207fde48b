import CunzhanCore
import GRDB

/// One line of the user list: what `cunzhan user list` prints; never a PIN or its hash.
public struct UserSummary: Equatable, Sendable {
    public var id: UserID
    public var name: String
    public var role: Role
    public var disabled: Bool
}

extension StationStore {
    /// The role a person typed: its Chinese label (管理员, 第一书记 ...), one half of 村干部/网格员, or its code name.
    ///
    /// Refuses anything else with a message that lists the valid roles.
    public static func role(named text: String) throws(StoreError) -> Role {
        let typed = text.trimmingWhitespace()
        for role in Role.allCases {
            let names = [role.rawValue.lowercased(), role.label] + role.label.split(separator: "/").map(String.init)
            if names.contains(typed) || names.contains(typed.lowercased()) { return role }
        }
        let valid = Role.allCases.map { "\($0.label)（\($0.rawValue)）" }.joined(separator: "、")
        throw StoreError(.invalidValue, "角色：没有“\(typed)”这个角色，请从以下角色中选一个：\(valid)。")
    }

    /// Adds a user with a 6-digit PIN (hashed, never stored as typed); the name must be unused.
    @discardableResult
    public func addUser(name: String, role: Role, pin: String, villageID: VillageID? = nil) throws(StoreError) -> User {
        let name = try StationWriter.validatedUserName(name)
        guard pin.count == 6, pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw StoreError(.invalidValue, "密码：应为6位数字，请重新输入。")
        }
        return try write(author: nil) { writer in
            let taken = try Bool.fetchOne(
                writer.db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE name = ?)", arguments: [name])
            guard taken != true else {
                throw StoreError(.duplicateName, "姓名：已有用户叫“\(name)”，请换一个能区分的名字（例如加上村名或编号）。")
            }
            return try writer.createUser(name: name, role: role, villageID: villageID, pin: pin)
        }
    }

    /// Every user, by name, with role and whether they are disabled.
    public func userSummaries() throws(StoreError) -> [UserSummary] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role, disabled FROM users ORDER BY name").map { row in
                UserSummary(
                    id: try row.id("id"), name: row["name"], role: try row.value("role"), disabled: row["disabled"])
            }
        }
    }

    /// Disables the user called `name` (they can no longer sign in); recorded as a patch op.
    public func disableUser(named name: String) throws(StoreError) {
        let typed = name.trimmingWhitespace()
        try write(author: nil) { writer in
            guard let row = try Row.fetchOne(writer.db, sql: User.selectSQL + " WHERE name = ?", arguments: [typed])
            else {
                throw StoreError(.unknownEntity, "姓名：没有叫“\(typed)”的用户，请用 cunzhan user list 查看用户名单。")
            }
            var user = try User(row: row)
            user.disabled = true
            try writer.action { try writer.updateRecording(user) }
        }
    }
}
