/// One recorded change (an op) as kept in the station's outbox and sent to the server.
///
/// Ops are the unit of sync (DESIGN.md §4): `opID` is the idempotency key, `payload` holds the changed
/// fields only (the whole record for `create` and `append`), `base` the values those fields had before.
public struct Op: Codable, Sendable, Equatable, Identifiable {
    public var opID: String
    public var stationID: String
    public var localSeq: Int64
    /// Ops written by one user action share a transaction group.
    public var txGroup: String
    public var author: String?
    public var entityType: EntityType
    public var entityID: String
    public var kind: OpKind
    /// JSON object of the changed fields.
    public var payload: String
    /// JSON object of the patched fields' previous values, for `patch` only.
    public var base: String?
    public var hlc: String
    public var appVersion: String
    public var schemaVersion: Int

    public var id: String { opID }

    public init(
        opID: String, stationID: String, localSeq: Int64, txGroup: String, author: String?, entityType: EntityType,
        entityID: String, kind: OpKind, payload: String, base: String?, hlc: String, appVersion: String,
        schemaVersion: Int
    ) {
        self.opID = opID
        self.stationID = stationID
        self.localSeq = localSeq
        self.txGroup = txGroup
        self.author = author
        self.entityType = entityType
        self.entityID = entityID
        self.kind = kind
        self.payload = payload
        self.base = base
        self.hlc = hlc
        self.appVersion = appVersion
        self.schemaVersion = schemaVersion
    }
}

/// What an op does to its entity.
public enum OpKind: String, Codable, Sendable, CaseIterable {
    /// Inserts an append-only record (visit, inspection, progress entry, supervision record), if absent.
    case append
    /// Creates a mutable record with all its fields.
    case create
    /// Changes some fields of a mutable record (per-field merge).
    case patch
    /// Moves a rectification item through its life cycle: `{from, to, reason, ...}`.
    case transition
    /// Withdraws an append-only record, with a reason.
    case void
    /// An audit op: people discarded a rejected or conflicting op of this record (`{discardedOpID, reason}`).
    /// Kept in the server's stream forever and passed on; it changes no record anywhere.
    case discard
}

/// Where an outbox op stands in its trip to the server.
public enum OpState: String, Codable, Sendable, CaseIterable {
    case pending, sent, acked, rejected, conflict
}

/// The kinds of record an op can name; the raw value is stored and sent.
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case village, villagerGroup, grid, household, member, visit, incomeSurvey, inspection
    case rectificationItem, progressEntry, supervisionRecord, monthlyTheme, user
}
