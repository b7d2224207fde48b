import CunzhanCore
import CunzhanSyncAPI

extension OpApplier {
    /// `discard`: people at the station discarded one of its rejected or conflicting ops of this record
    /// (需处理 → 放弃), with a reason. The op is kept in the stream as the audit of that decision and lifts
    /// the station's block on the record; it changes no record.
    ///
    /// The record may be unknown to the server (a rejected `create`): the op then belongs to the station's
    /// first scope, so it is passed on only within that scope, never to every station as reference data.
    func discard(_ op: Op, fields: [String: JSON], existing: EntityRecord?) async throws -> Applied {
        guard case .string(let discarded) = fields["discardedOpID"] ?? .null, !discarded.isEmpty else {
            throw Rejection(
                code: .invalidValue, field: "discardedOpID", message: "放弃记录缺少被放弃的操作编号，无法应用。")
        }
        guard case .string(let reason) = fields["reason"] ?? .null, !reason.trimmingWhitespace().isEmpty else {
            throw Rejection(code: .invalidValue, field: "reason", message: "放弃原因：必填，请写明为什么放弃这条变更。")
        }
        guard let existing else { return Applied(op: op, villageCode: station.scopes.first?.code) }
        try checkScope(existing.villageCode)
        return Applied(op: op, villageCode: existing.villageCode)
    }
}
