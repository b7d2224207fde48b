/// A person who signs in at the station, with a role and a hashed PIN.
///
/// The PIN itself is never stored: only a PBKDF2 hash, its salt and iteration count (hex text).
public struct User: Codable, Sendable, Equatable, Identifiable {
    public var id: UserID
    public var name: String
    public var role: Role
    public var villageID: VillageID?
    public var pinHash: String
    public var pinSalt: String
    public var pinIterations: Int
    public var disabled: Bool

    public init(
        id: UserID = UserID(), name: String, role: Role, villageID: VillageID?, pinHash: String, pinSalt: String,
        pinIterations: Int, disabled: Bool = false
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.villageID = villageID
        self.pinHash = pinHash
        self.pinSalt = pinSalt
        self.pinIterations = pinIterations
        self.disabled = disabled
    }
}

public typealias UserID = EntityID<User>
