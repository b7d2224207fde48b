import CunzhanCore
import GRDB

extension StationStore {
    /// How many rows in list order a filtered page looks at before switching to the index-union plan.
    static let scanWindow = 4000

    /// A page of the household list in household-number order, after `cursor` (or from the start).
    ///
    /// Keyset paging, never OFFSET: the cost follows the page, not the table. A filter that matches
    /// often is answered by walking the list order for at most `scanWindow` rows; a rare one by the
    /// union of its index range scans, which is small because the match is rare.
    public func householdPage(filter: String, after cursor: HouseholdCursor?, limit: Int) throws(StoreError) -> [HouseholdRow] {
        try read { db in try page(db, filter: HouseholdFilter(filter), cursor: cursor, forward: true, limit: limit) }
    }

    /// The page just before `cursor`, still in ascending order, for paging back.
    public func householdPage(filter: String, before cursor: HouseholdCursor, limit: Int) throws(StoreError) -> [HouseholdRow] {
        try read { db in
            try page(db, filter: HouseholdFilter(filter), cursor: cursor, forward: false, limit: limit).reversed()
        }
    }

    /// The number of households the filter matches; cost follows the number of matches.
    public func householdCount(filter: String) throws(StoreError) -> Int {
        let filter = HouseholdFilter(filter)
        return try read { db in
            if filter.isEmpty { return try Int.fetchOne(db, sql: "SELECT count(*) FROM households") ?? 0 }
            let union = filter.matchingIDs
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(union.sql))", arguments: StatementArguments(union.arguments)) ?? 0
        }
    }

    private func page(_ db: Database, filter: HouseholdFilter, cursor: HouseholdCursor?, forward: Bool, limit: Int) throws -> [HouseholdRow] {
        let limit = max(limit, 0)
        let comparison = forward ? ">" : "<"
        let order = forward ? "h.household_number, h.id" : "h.household_number DESC, h.id DESC"
        var keyset = "1"
        var keyArguments: [String] = []
        if let cursor {
            keyset = "(h.household_number, h.id) \(comparison) (?, ?)"
            keyArguments = [cursor.householdNumber, cursor.id]
        }
        if filter.isEmpty {
            return try Row.fetchAll(
                db, sql: HouseholdRow.selectSQL + " WHERE \(keyset) ORDER BY \(order) LIMIT ?",
                arguments: StatementArguments(keyArguments) + [limit]
            ).map(HouseholdRow.init(row:))
        }
        // Plan 1: walk the list order for a bounded window and test each row.
        let predicate = filter.predicate
        let windowSQL = """
            \(HouseholdRow.selectSQL) WHERE h.id IN (SELECT h.id FROM households h WHERE \(keyset)
                ORDER BY \(order) LIMIT \(StationStore.scanWindow)) AND (\(predicate.sql))
            ORDER BY \(order) LIMIT ?
            """
        let windowed = try Row.fetchAll(
            db, sql: windowSQL, arguments: StatementArguments(keyArguments + predicate.arguments) + [limit]
        ).map(HouseholdRow.init(row:))
        if windowed.count == limit { return windowed }
        // Plan 2: the filter is rare here, so the union of its index range scans is small.
        let union = filter.matchingIDs
        let unionSQL = """
            \(HouseholdRow.selectSQL) WHERE h.id IN (\(union.sql)) AND \(keyset) ORDER BY \(order) LIMIT ?
            """
        return try Row.fetchAll(
            db, sql: unionSQL, arguments: StatementArguments(union.arguments + keyArguments) + [limit]
        ).map(HouseholdRow.init(row:))
    }
}
