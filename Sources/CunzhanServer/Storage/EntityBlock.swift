import CunzhanCore

/// A record one station may not change on the server until it deals with a rejected op of that record.
///
/// DESIGN.md §4: a rejected op blocks the later ops of its station on the same record, in that push and in
/// every later one (ops after it in the station's order), until the station sends a fix (an op of the rejected op's transaction group, as the
/// station's 修改后重发 writes it, or the rejected op id itself once it applies) or a `discard` op naming it.
/// Other stations, and this station's other records, are not held back.
public struct EntityBlock: Sendable, Equatable {
    public var stationID: String
    public var entityType: EntityType
    public var entityID: String
    /// The rejected op that holds the record back.
    public var opID: String
    /// Its place in the station's order: only ops after it are held back, so an earlier op of the record
    /// that reaches the server later (a batch delayed or reordered) still applies.
    public var localSeq: Int64
    /// Its transaction group: an op of the same group on the record counts as its fix.
    public var txGroup: String

    public init(
        stationID: String, entityType: EntityType, entityID: String, opID: String, localSeq: Int64, txGroup: String
    ) {
        self.stationID = stationID
        self.entityType = entityType
        self.entityID = entityID
        self.opID = opID
        self.localSeq = localSeq
        self.txGroup = txGroup
    }
}
