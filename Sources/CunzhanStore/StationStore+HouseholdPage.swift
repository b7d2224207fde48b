import CunzhanCore
import GRDB

extension StationStore {
    /// Filters with at least this many matches are answered by walking the list order, rarer ones by
    /// sorting their matches.
    static let commonMatchThreshold = 1000

    /// A page of the household list in household-number order, after `cursor` (or from the start).
    ///
    /// The `.number` case of `householdPage(filter:sort:after:limit:)`.
    public func householdPage(filter: String, after cursor: HouseholdCursor?, limit: Int) throws(StoreError)
        -> [HouseholdRow]
    {
        try householdPage(filter: filter, sort: .number, after: cursor, limit: limit)
    }

    /// The page just before `cursor` in household-number order, still in ascending order, for paging back.
    public func householdPage(filter: String, before cursor: HouseholdCursor, limit: Int) throws(StoreError)
        -> [HouseholdRow]
    {
        try householdPage(filter: filter, sort: .number, before: cursor, limit: limit)
    }

    /// The exact number of households the filter matches, cheap enough to run on every keystroke.
    ///
    /// Sums index-only range counts of disjoint parts (see `HouseholdFilter.countingParts`): no id set
    /// is built, so the cost follows the matches' index entries; about 1 ms for a one-letter filter at
    /// 100,000 households.
    public func householdCount(filter: String) throws(StoreError) -> Int {
        let typed = HouseholdFilter(filter)
        return try read { db in
            if typed.isEmpty { return try Int.fetchOne(db, sql: "SELECT count(*) FROM households") ?? 0 }
            let filter = try resolvedFilter(typed, db)
            var total = 0
            for part in filter.countingParts {
                total += try Int.fetchOne(db, sql: part.sql, arguments: StatementArguments(part.arguments)) ?? 0
            }
            return total
        }
    }

    /// The filter with its group-name condition resolved to group ids (one small query on the groups).
    func resolvedFilter(_ filter: HouseholdFilter, _ db: Database) throws -> HouseholdFilter {
        guard filter.matchesGroupNames else { return filter }
        let groupIDs = try String.fetchAll(
            db, sql: "SELECT id FROM villager_groups WHERE instr(name, ?) > 0", arguments: [filter.query])
        return filter.resolvingGroups(groupIDs)
    }
}
