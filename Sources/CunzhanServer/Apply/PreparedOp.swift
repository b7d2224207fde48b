import CunzhanCore
import CunzhanSyncAPI

/// An op read and checked as far as it can be without the database: its payload parsed, a user's PIN
/// fields removed and, for `create` and `append`, its domain validation done.
///
/// Push batches are serialised by the storage's write lock; preparing the ops before taking the lock lets
/// the stations' requests share that CPU work while another batch holds the lock. The outcome of the
/// validation is kept, not thrown, so the applier still reports the checks in their fixed order (scope and
/// role before domain rules).
struct PreparedOp {
    /// The op as the server keeps it (a user's PIN hash, salt and iterations removed from the payload).
    var op: Op
    /// The payload's fields; nil when the payload is not a JSON object.
    var fields: [String: JSON]?
    /// For `create` and `append`: what `EntityRules.validate` said of the fields (nil: valid).
    var validation: Rejection?

    init(_ op: Op) {
        var op = op
        var fields = JSONText.parseObject(op.payload)
        if op.entityType == .user, let payload = fields {
            let kept = OpApplier.withoutPIN(payload)
            if kept != payload { op.payload = JSON.text(of: kept) }
            fields = kept
        }
        self.op = op
        self.fields = fields
        if let fields, op.kind == .create || op.kind == .append {
            do {
                try EntityRules.validate(op.entityType, fields: fields)
            } catch {
                validation = error
            }
        }
    }

    /// The records the op names (its own, its parent, its author): what a batch prefetches.
    var references: [(EntityType, String)] {
        var references: [(EntityType, String)] = [(op.entityType, op.entityID)]
        if let author = op.author { references.append((.user, author)) }
        let parents: [(String, EntityType)] = [
            ("villageID", .village), ("householdID", .household), ("itemID", .rectificationItem),
        ]
        for (field, type) in parents {
            if case .string(let id) = fields?[field] ?? .null { references.append((type, id)) }
        }
        return references
    }
}
