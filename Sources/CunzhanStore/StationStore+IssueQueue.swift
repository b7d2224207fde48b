import CunzhanCore
import GRDB

/// How many items of the filtered queue one village has, and how many of them are overdue.
public struct VillageItemCount: Equatable, Sendable {
    public var villageID: VillageID
    public var villageName: String
    public var items: Int
    public var overdue: Int
}

extension StationStore {
    /// Up to `limit` items of `filter` after `cursor` (from the start when nil), in the filter's order.
    ///
    /// One keyset query (`(key, id) > (?, ?) ORDER BY key, id LIMIT ?`) on an index of the sort key, so a
    /// page costs the same on the first screen as deep in a county's 30,000 items.
    public func itemPage(_ filter: ItemFilter, after cursor: ItemCursor?, limit: Int) throws(StoreError) -> [ItemRow] {
        try read { db in
            let (conditions, arguments) = filter.conditions()
            var sql = ItemRow.selectSQL(indexedBy: filter.pageIndex) + " WHERE " + conditions
            var all = arguments
            if let cursor {
                sql += " AND (\(filter.sort.keySQL), i.id) > (?, ?)"
                all += [cursor.key, cursor.id]
            }
            sql += " ORDER BY \(filter.sort.keySQL), i.id LIMIT ?"
            all += [limit]
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: all).map(ItemRow.init(row:))
        }
    }

    /// Up to `limit` items of `filter` before `cursor`, in the filter's order (nearest last).
    public func itemPage(_ filter: ItemFilter, before cursor: ItemCursor, limit: Int) throws(StoreError) -> [ItemRow] {
        try read { db in
            let (conditions, arguments) = filter.conditions()
            let sql =
                ItemRow.selectSQL(indexedBy: filter.pageIndex) + " WHERE " + conditions
                + " AND (\(filter.sort.keySQL), i.id) < (?, ?)"
                + " ORDER BY \(filter.sort.keySQL) DESC, i.id DESC LIMIT ?"
            let rows = try Row.fetchAll(
                db.cachedStatement(sql: sql), arguments: arguments + [cursor.key, cursor.id, limit])
            return try rows.reversed().map(ItemRow.init(row:))
        }
    }

    /// How many items `filter` selects.
    public func itemCount(_ filter: ItemFilter) throws(StoreError) -> Int {
        try read { db in
            let (conditions, arguments) = filter.conditions()
            return try Int.fetchOne(
                db.cachedStatement(
                    sql: "SELECT count(*) FROM rectification_items i INDEXED BY items_queue_by_village WHERE "
                        + conditions),
                arguments: arguments) ?? 0
        }
    }

    /// Items per village under every part of `filter` but the village, most first: the queue's bars.
    public func villageItemCounts(_ filter: ItemFilter) throws(StoreError) -> [VillageItemCount] {
        try read { db in
            let (conditions, arguments) = filter.conditions(withVillage: false)
            // Grouped on the covering index first, then joined to the 250-odd village names (joining each
            // of 30,000 entries to its village cost more than the grouping).
            let sql = """
                SELECT c.village_id, v.name, c.items, c.overdue FROM (
                    SELECT i.village_id, count(*) AS items, sum(i.state <> 'closed' AND i.deadline < ?) AS overdue
                    FROM rectification_items i INDEXED BY items_queue_by_village
                    WHERE \(conditions)
                    GROUP BY i.village_id) c
                JOIN villages v ON v.id = c.village_id
                ORDER BY c.items DESC, v.name
                """
            return try Row.fetchAll(
                db.cachedStatement(sql: sql), arguments: [filter.today.description] + arguments
            ).map { row in
                VillageItemCount(
                    villageID: try row.id("village_id"), villageName: row["name"], items: row["items"],
                    overdue: row["overdue"] ?? 0)
            }
        }
    }

    /// The monthly themes, newest month first.
    public func themes() throws(StoreError) -> [MonthlyTheme] {
        try read { db in
            try Row.fetchAll(db, sql: MonthlyTheme.selectSQL + " ORDER BY month DESC").map(MonthlyTheme.init(row:))
        }
    }

    /// The theme of `month` (`YYYY-MM`), or nil when none is set.
    public func theme(month: String) throws(StoreError) -> MonthlyTheme? {
        try read { db in
            try Row.fetchOne(db, sql: MonthlyTheme.selectSQL + " WHERE month = ?", arguments: [month])
                .map(MonthlyTheme.init(row:))
        }
    }

    /// The enabled users who may own items (村干部/网格员 and 第一书记), by name: the 定责 choices and the
    /// queue's owner filter.
    public func ownerChoices() throws(StoreError) -> [User] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: User.selectSQL + " WHERE disabled = 0 AND role IN ('cadre', 'firstSecretary') ORDER BY name"
            ).map(User.init(row:))
        }
    }

    /// The user called `name`, or nil (for benchmarks and shell commands that act as a named person).
    public func user(named name: String) throws(StoreError) -> User? {
        try read { db in
            try Row.fetchOne(db, sql: User.selectSQL + " WHERE name = ?", arguments: [name]).map(User.init(row:))
        }
    }
}
