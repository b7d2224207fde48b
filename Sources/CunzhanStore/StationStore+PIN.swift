import CunzhanCore
import GRDB

extension StationStore {
    /// Wrong PINs allowed before a lockout.
    public static let maxPINAttempts = 5
    /// How long a lockout lasts, in milliseconds (5 minutes).
    public static let lockoutMillis: Int64 = 5 * 60 * 1000

    /// Checks a user's PIN and returns the user; counts failures and locks the user out after 5 in a row.
    ///
    /// The attempt counter is station-local security state, not a domain change, so it writes no op.
    public func verifyPIN(userID: UserID, pin: String) throws(StoreError) -> User {
        let now = clock.nowMillis()
        let outcome: Result<User, StoreError>
        do {
            outcome = try pool.write { db -> Result<User, StoreError> in
                guard let row = try Row.fetchOne(db, sql: User.selectSQL + " WHERE id = ?", arguments: [userID.text])
                else { return .failure(.unknown(.user, userID.text)) }
                let user = try User(row: row)
                let state = try Row.fetchOne(
                    db, sql: "SELECT failed_attempts, locked_until FROM users WHERE id = ?", arguments: [userID.text])
                let failed: Int = state?["failed_attempts"] ?? 0
                let lockedUntil: Int64? = state?["locked_until"]
                guard !user.disabled else { return .failure(StoreError(.userDisabled, "用户“\(user.name)”已停用，请联系管理员。")) }
                if let lockedUntil, lockedUntil > now {
                    let minutes = (lockedUntil - now + 59_999) / 60_000
                    return .failure(StoreError(.lockedOut, "密码错误次数过多，已锁定。请 \(minutes) 分钟后再试。"))
                }
                if PINHasher.matches(pin: pin, hash: user.pinHash, salt: user.pinSalt, iterations: user.pinIterations) {
                    try db.execute(
                        sql: "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
                        arguments: [userID.text])
                    return .success(user)
                }
                let attempts = failed + 1
                if attempts >= StationStore.maxPINAttempts {
                    try db.execute(
                        sql: "UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?",
                        arguments: [now + StationStore.lockoutMillis, userID.text])
                    return .failure(StoreError(.lockedOut, "密码连续错误 \(attempts) 次，已锁定 5 分钟。"))
                }
                try db.execute(
                    sql: "UPDATE users SET failed_attempts = ?, locked_until = NULL WHERE id = ?",
                    arguments: [attempts, userID.text])
                return .failure(
                    StoreError(
                        .wrongPIN, "密码不对，请重新输入（还可再试 \(StationStore.maxPINAttempts - attempts) 次）。"))
            }
        } catch {
            throw StoreError.wrap(error)
        }
        return try outcome.get()
    }
}

extension StationWriter {
    /// Creates a user with a PIN, hashing it with a fresh salt; the op carries only the hash.
    @discardableResult
    public func createUser(
        id: UserID = UserID(), name: String, role: Role, villageID: VillageID?, pin: String,
        salt: String = PINHasher.makeSalt()
    ) throws -> User {
        guard pin.count >= 4, pin.count <= 8, pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw StoreError(.invalidValue, "密码：应为4到8位数字，请重新设置。")
        }
        let user = User(
            id: id, name: name, role: role, villageID: villageID,
            pinHash: PINHasher.hash(pin: pin, salt: salt), pinSalt: salt, pinIterations: PINHasher.iterations)
        try createUser(user)
        return user
    }

    /// Creates a user whose PIN is already hashed (import, demo data).
    public func createUser(_ user: User) throws {
        var user = user
        user.name = try StationWriter.validatedUserName(user.name)
        if let villageID = user.villageID { try requireExists(.village, table: "villages", id: villageID.text) }
        try action { try insertRecording(user) }
    }
}
