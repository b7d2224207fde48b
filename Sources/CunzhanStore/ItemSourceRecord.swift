import CunzhanCore
import GRDB

/// The record an item was raised from: a visit (走访) or an inspection (网格排查), with its date and who made
/// it, so the item screen can say "来源：走访 2026-03-15 王网格" and open the record.
public struct ItemSourceRecord: Equatable, Sendable {
    public enum Kind: String, Sendable { case visit, inspection }
    public var kind: Kind
    public var id: String
    public var date: CalendarDate
    /// The visitor or the inspector.
    public var authorName: String

    public init(kind: Kind, id: String, date: CalendarDate, authorName: String) {
        self.kind = kind
        self.id = id
        self.date = date
        self.authorName = authorName
    }

    /// "走访 2026-03-15 王网格".
    public var label: String { "\(kind == .visit ? "走访" : "网格排查") \(date) \(authorName)" }

    /// The visit or inspection with `id`, looked up in that order; nil for no id or a record not here.
    static func find(_ id: String?, db: Database) throws -> ItemSourceRecord? {
        guard let id else { return nil }
        for (kind, sql) in [
            (
                Kind.visit,
                "SELECT r.date, u.name AS name FROM visits r LEFT JOIN users u ON u.id = r.visitor_id WHERE r.id = ?"
            ),
            (
                Kind.inspection,
                "SELECT r.date, u.name AS name FROM inspections r LEFT JOIN users u ON u.id = r.inspector_id WHERE r.id = ?"
            ),
        ] {
            if let row = try Row.fetchOne(db, sql: sql, arguments: [id]) {
                return ItemSourceRecord(
                    kind: kind, id: id, date: try row.date("date"), authorName: (row["name"] as String?) ?? "未知")
            }
        }
        return nil
    }
}

extension StationStore {
    /// The visit with `id`, voided or not, or nil.
    public func visit(_ id: VisitID) throws(StoreError) -> Visit? {
        try read { db in try Visit.fetch(db, id: id.text) }
    }

    /// The categories of the items already raised from the record `sourceRecordID`, so a second raise from
    /// the same visit offers the next unmet check instead of the same one again.
    public func itemCategories(raisedFrom sourceRecordID: String) throws(StoreError) -> [ItemCategory] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT category FROM rectification_items WHERE source_record_id = ?",
                arguments: [sourceRecordID]
            ).compactMap(ItemCategory.init(rawValue:))
        }
    }
}
