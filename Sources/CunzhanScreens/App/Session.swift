import CunzhanCore
import TerminalUI

/// Who is signed in at the station: the user, their role and their village.
///
/// Made by the login screen once the store has checked the PIN, and handed to every screen that acts for
/// the user (a visit's visitor, what the home screen lists). It holds no PIN or hash worth keeping secret
/// beyond what `User` already carries, and lives only as long as the program.
public struct Session: Sendable, Equatable {
    public let user: User
    /// The user's village, or the station's only village for a user without one; nil when there is none.
    public let village: Village?

    public init(user: User, village: Village?) {
        self.user = user
        self.village = village
    }

    public var userID: UserID { user.id }
    public var userName: String { user.name }
    public var role: Role { user.role }

    /// Whether the signed-in user's role may do `capability`.
    public func may(_ capability: Capability) -> Bool { Permissions.allows(role, capability) }

    /// Puts the user, role and village into the top bar.
    public func apply(to status: inout StatusLine) {
        status.user = user.name
        status.role = role.label
        if let village { status.village = village.name }
    }

    /// The session of `user`: their own village when they have one, else the station's only village.
    public static func of(_ user: User, villages: [Village]) -> Session {
        let own = user.villageID.flatMap { id in villages.first { $0.id == id } }
        return Session(user: user, village: own ?? (villages.count == 1 ? villages.first : nil))
    }
}
