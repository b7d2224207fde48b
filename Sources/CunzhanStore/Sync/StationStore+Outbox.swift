import CunzhanCore
import Foundation
import GRDB

/// What the server answered for one op, in the store's terms (the wire types live in CunzhanSyncAPI,
/// which the store does not know).
public enum OpSettlement: Sendable, Equatable {
    /// Applied now or before (a duplicate of an earlier send): the op has this server sequence.
    case accepted(serverSeq: Int64)
    /// Refused: nothing of it was applied on the server.
    case rejected(code: String, field: String?, message: String)
    /// Applied at `serverSeq`, but a patched field had changed on the server meanwhile; `current` is a JSON
    /// object of the server's values of those fields.
    case conflict(serverSeq: Int64, current: String)
}

/// The server's answer to one op of this station.
public struct OpResultRecord: Sendable, Equatable {
    public var opID: String
    public var settlement: OpSettlement

    public init(opID: String, settlement: OpSettlement) {
        self.opID = opID
        self.settlement = settlement
    }
}

/// The stored details of a rejection or conflict: what the 需处理 screen shows.
public struct OpOutcomeDetail: Codable, Sendable, Equatable {
    public var code: String
    public var field: String?
    public var message: String
    /// The server's values of the conflicting fields (JSON object text), for conflicts.
    public var current: String?

    public init(code: String, field: String?, message: String, current: String? = nil) {
        self.code = code
        self.field = field
        self.message = message
        self.current = current
    }
}

extension StationStore {
    /// The ops still to send, in local order: pending ones and sent ones the server has not answered yet
    /// (a lost response), so a resend after an interruption loses nothing; the server's op_id idempotency
    /// makes the resend harmless.
    public func unsentOps(limit: Int = 1000) throws(StoreError) -> [Op] {
        try read { db in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT * FROM outbox WHERE state IN ('pending', 'sent') AND resolution IS NULL
                        ORDER BY local_seq LIMIT ?
                        """), arguments: [limit]
            ).map(StationStore.op(from:))
        }
    }

    /// How many ops wait to be sent (pending, or sent without an answer).
    public func unsentOpCount() throws(StoreError) -> Int {
        try read { db in
            let counts = try Row.fetchAll(
                db, sql: "SELECT state, op_count FROM outbox_counts WHERE state IN ('pending', 'sent')")
            return counts.reduce(0) { $0 + ($1["op_count"] as Int? ?? 0) }
        }
    }

    /// Marks ops as handed to the server (or written to a bundle): `pending` becomes `sent`, attempts grow.
    public func markSent(_ opIDs: [String]) throws(StoreError) {
        try writeSync { db in
            let statement = try db.cachedStatement(
                sql:
                    "UPDATE outbox SET state = 'sent', attempts = attempts + 1 WHERE op_id = ? AND state IN ('pending', 'sent')"
            )
            for id in opIDs { try statement.execute(arguments: [id]) }
        }
    }

    /// Notes why sending failed (a network error), on ops that stay unsent.
    public func recordSendFailure(_ opIDs: [String], message: String) throws(StoreError) {
        try writeSync { db in
            let statement = try db.cachedStatement(
                sql: "UPDATE outbox SET last_error = ? WHERE op_id = ? AND state IN ('pending', 'sent')")
            for id in opIDs { try statement.execute(arguments: [message, id]) }
        }
    }

    /// Records the server's answers to a batch, in one transaction: `acked`, `rejected` or `conflict`.
    ///
    /// Answers for ops already settled the same way, or already resolved by people, change nothing, so
    /// the answers of a duplicated batch or a return bundle imported twice are harmless. Answers naming an
    /// op this station does not have are ignored.
    public func recordResults(_ results: [OpResultRecord]) throws(StoreError) {
        try writeSync { db in
            for result in results { try StationStore.record(result, db) }
        }
    }

    static func record(_ result: OpResultRecord, _ db: Database) throws {
        let state: OpState
        let serverSeq: Int64?
        let detail: OpOutcomeDetail?
        switch result.settlement {
        case .accepted(let seq):
            (state, serverSeq, detail) = (.acked, seq, nil)
        case .rejected(let code, let field, let message):
            (state, serverSeq, detail) = (.rejected, nil, OpOutcomeDetail(code: code, field: field, message: message))
        case .conflict(let seq, let current):
            let message = "服务器上这些字段已被其他站点修改，已按服务器顺序合并，请核对。"
            (state, serverSeq, detail) = (
                .conflict, seq, OpOutcomeDetail(code: "conflict", field: nil, message: message, current: current)
            )
        }
        try db.cachedStatement(
            sql: """
                UPDATE outbox SET state = ?, server_seq = coalesce(?, server_seq), outcome = ?, last_error = ?
                WHERE op_id = ? AND resolution IS NULL AND state IN ('pending', 'sent', 'rejected')
                """
        ).execute(arguments: [
            state.rawValue, serverSeq, detail.map(ColumnCoding.json), detail?.message, result.opID,
        ])
    }

    /// The state of one outbox op, nil when the op is not this station's.
    public func opState(_ opID: String) throws(StoreError) -> OpState? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT state FROM outbox WHERE op_id = ?", arguments: [opID])
                .flatMap(OpState.init(rawValue:))
        }
    }
}
