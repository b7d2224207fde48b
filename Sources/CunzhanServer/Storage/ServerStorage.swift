import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// The server's database, behind one small interface with two backends: SQLite (embedded, the default)
/// and PostgreSQL (a county or province with hundreds of stations).
///
/// Everything goes through `transaction`: a push batch is one transaction, and the backends run such
/// transactions one at a time (SQLite by its lock, PostgreSQL by an advisory lock), so server sequence
/// numbers become visible in order and a pull cursor never skips an op that commits later.
public protocol ServerStorage: Sendable {
    /// Creates or updates the schema; safe to run at every start.
    func migrate() async throws
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    ///
    /// `.write` transactions run one at a time; a `.read` transaction sees one consistent snapshot.
    func transaction<T: Sendable>(_ kind: TransactionKind, _ body: (any StorageTransaction) async throws -> T)
        async throws -> T
    /// Closes connections; the storage is unusable afterwards.
    func close() async
}

/// What the sync service reads and writes inside one transaction.
public protocol StorageTransaction {
    // Stations
    func insertStation(_ station: StationRecord, tokenHash: String) async throws
    func station(tokenHash: String) async throws -> StationRecord?
    func tokenHash(named name: String) async throws -> String?
    func station(named name: String) async throws -> StationRecord?
    func station(boundTo stationID: String) async throws -> StationRecord?
    func bindStation(named name: String, to stationID: String) async throws
    func revokeStation(named name: String) async throws
    func stations() async throws -> [StationRecord]

    // The op stream (kept forever) and the audit of refusals
    func acceptedSeq(opID: String) async throws -> Int64?
    /// The server sequence of each of `opIDs` already in the stream (one query per few hundred ids).
    func acceptedSeqs(opIDs: [String]) async throws -> [String: Int64]
    func appendOp(_ op: Op, villageCode: String?, conflict: Bool, receivedAt: Date) async throws -> Int64
    func recordRejection(_ op: Op, rejection: Rejection, receivedAt: Date) async throws
    func ops(after seq: Int64, limit: Int, scopes: [SyncScope]) async throws -> [ServerOp]
    func lastSeq() async throws -> Int64
    func opCount() async throws -> Int64

    // Current state of records
    func entity(_ type: EntityType, _ id: String) async throws -> EntityRecord?
    /// The records of `type` among `ids` that the server has (one query per few hundred ids).
    func entities(_ type: EntityType, ids: [String]) async throws -> [EntityRecord]
    func saveEntity(_ entity: EntityRecord) async throws

    // Records a station may not change until it fixes or discards a rejected op (DESIGN.md §4)
    func blocks(stationID: String) async throws -> [EntityBlock]
    func saveBlock(_ block: EntityBlock) async throws
    func removeBlock(stationID: String, type: EntityType, id: String) async throws

    // Digests per village ('' for reference data)
    func villageDigests() async throws -> [ScopeDigest]
    func saveVillageDigest(_ digest: ScopeDigest) async throws
}

/// Whether a transaction writes (serialised with every other write) or only reads (one snapshot).
public enum TransactionKind: Sendable {
    case read, write
}

/// An enrolled station: its name, the scopes it may sync and whether its token still works.
public struct StationRecord: Sendable, Equatable {
    /// The name given at enrolment (e.g. "红旗村站"); unique.
    public var name: String
    /// The station store's own id, bound at its first push (or by `enroll --station-id`).
    public var stationID: String?
    public var scopes: [SyncScope]
    public var revoked: Bool
    public var enrolledAt: Date

    public init(name: String, stationID: String?, scopes: [SyncScope], revoked: Bool, enrolledAt: Date) {
        self.name = name
        self.stationID = stationID
        self.scopes = scopes
        self.revoked = revoked
        self.enrolledAt = enrolledAt
    }
}

/// The server's current view of one record: enough to check scope, base values, workflow state and roles.
public struct EntityRecord: Sendable, Equatable {
    public var type: EntityType
    public var id: String
    /// The 12-digit code of the village it belongs to; nil for reference data.
    public var villageCode: String?
    /// The record's fields as the stations encode them (the merge of its create and patches).
    public var fields: [String: JSON]
    public var voided: Bool

    public init(type: EntityType, id: String, villageCode: String?, fields: [String: JSON], voided: Bool = false) {
        self.type = type
        self.id = id
        self.villageCode = villageCode
        self.fields = fields
        self.voided = voided
    }
}

extension StationRecord {
    /// Scopes as stored: codes joined by commas.
    static func scopesText(_ scopes: [SyncScope]) -> String {
        scopes.map(\.code).joined(separator: ",")
    }

    static func scopes(from text: String) -> [SyncScope] {
        text.split(separator: ",").compactMap { try? SyncScope(String($0)) }
    }
}
