import CunzhanCore
import GRDB

extension StationStore {
    /// Gives the user `userID` a new 6-digit PIN and lifts any lockout; recorded as a patch op of the user.
    ///
    /// The administrator's way back in for someone who forgot their PIN. Only the new hash and salt travel in
    /// the op; the PIN as typed is never stored. A disabled user keeps being disabled.
    public func resetPIN(userID: UserID, pin: String) throws(StoreError) {
        guard pin.count == 6, pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw StoreError(.invalidValue, "新密码：应为6位数字，请重新输入。")
        }
        let salt = PINHasher.makeSalt()
        let hash = PINHasher.hash(pin: pin, salt: salt)
        try write(author: nil) { writer in
            guard let row = try Row.fetchOne(writer.db, sql: User.selectSQL + " WHERE id = ?", arguments: [userID.text])
            else { throw StoreError.unknown(.user, userID.text) }
            var user = try User(row: row)
            user.pinHash = hash
            user.pinSalt = salt
            user.pinIterations = PINHasher.iterations
            try writer.action { try writer.updateRecording(user) }
            try writer.db.execute(
                sql: "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", arguments: [userID.text])
        }
    }
}
