import CunzhanCore
import GRDB

extension StationWriter {
    /// A supervision record's op with its village filled in from its item when the payload has none: records
    /// written before village supervision (schema 9 and earlier) were always on an item.
    func withSupervisedVillage(_ op: Op) throws -> Op {
        guard op.kind == .append else { return op }
        var fields = try JSONValue.parseObject(op.payload)
        guard fields["villageID"] == nil, case .string(let itemID) = fields["itemID"] ?? .null else { return op }
        guard
            let village = try String.fetchOne(
                db, sql: "SELECT village_id FROM rectification_items WHERE id = ?", arguments: [itemID])
        else { throw StoreError.unknown(.rectificationItem, itemID) }
        fields["villageID"] = .string(village)
        var completed = op
        completed.payload = ColumnCoding.json(JSONValue.object(fields))
        return completed
    }
}
