import CunzhanCore
import GRDB

extension StationStore {
    /// Every item's filterable fields as an `ItemQueueSummary`, read once when the issue queue opens.
    ///
    /// One walk of the covering index `items_queue_by_raised` (it holds every column needed, in age order),
    /// so the table's pages are not touched; the deadline order is sorted here. Read in one transaction, so
    /// the counts and pages it answers are of one moment; call it again after the items change.
    public func itemQueueSummary() throws(StoreError) -> ItemQueueSummary {
        try read { db in
            var villages: [(id: VillageID, name: String)] = []
            var villageNumbers: [String: Int32] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM villages ORDER BY id") {
                let id: VillageID = try row.id("id")
                villageNumbers[row["id"]] = Int32(villages.count)
                villages.append((id, row["name"]))
            }
            var themeNumbers: [String: Int32] = [:]
            var ownerNumbers: [String: Int32] = [:]
            let states = Dictionary(
                uniqueKeysWithValues: RectificationState.allCases.enumerated().map { ($1.rawValue, UInt8($0)) })
            let categories = Dictionary(
                uniqueKeysWithValues: ItemCategory.allCases.enumerated().map { ($1.rawValue, UInt8($0)) })
            let noDeadline = ItemQueueSummary.dayNumber(ItemSort.noDeadline) ?? 99_991_231
            var entries: [ItemQueueSummary.Entry] = []
            var ids: [String] = []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, village_id, theme_id, owner_id, category, state, deadline, raised_on
                    FROM rectification_items INDEXED BY items_queue_by_raised ORDER BY raised_on, id
                    """)
            while let row = try rows.next() {
                let village: String = row[1]
                let theme: String? = row[2]
                let owner: String? = row[3]
                let deadline: String? = row[6]
                let deadlineNumber = deadline.map { ItemQueueSummary.dayNumber($0) } ?? noDeadline
                guard let villageNumber = villageNumbers[village], let category = categories[row[4]],
                    let state = states[row[5]], let raised = ItemQueueSummary.dayNumber(row[7] as String),
                    let deadlineNumber
                else {
                    throw StoreError(.corruptRow, "数据库中的整改事项“\(row[0] as String)”损坏，请运行 cunzhan check。")
                }
                entries.append(
                    ItemQueueSummary.Entry(
                        village: villageNumber,
                        theme: theme.map { Self.number(of: $0, in: &themeNumbers) } ?? ItemQueueSummary.none,
                        owner: owner.map { Self.number(of: $0, in: &ownerNumbers) } ?? ItemQueueSummary.none,
                        category: category, state: state, deadline: deadlineNumber, raised: raised))
                ids.append(row[0])
            }
            let byRaised = (0..<Int32(entries.count)).map { $0 }
            let byDeadline = byRaised.sorted { a, b in
                ItemQueueSummary.precedes(
                    (entries[Int(a)].deadline, ids[Int(a)]), (entries[Int(b)].deadline, ids[Int(b)]))
            }
            return ItemQueueSummary(
                entries: entries, ids: ids, byDeadline: byDeadline, byRaised: byRaised, villages: villages,
                villageNumbers: Dictionary(uniqueKeysWithValues: villages.enumerated().map { ($1.id, Int32($0)) }),
                themeNumbers: try Self.typed(themeNumbers), ownerNumbers: try Self.typed(ownerNumbers))
        }
    }

    /// The items at `cursors` (ids from a summary's page), in that order; an item deleted since is left out.
    public func itemRows(at cursors: [ItemCursor]) throws(StoreError) -> [ItemRow] {
        guard !cursors.isEmpty else { return [] }
        return try read { db in
            let marks = Array(repeating: "?", count: cursors.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                db.cachedStatement(sql: ItemRow.selectSQL + " WHERE i.id IN (\(marks))"),
                arguments: StatementArguments(cursors.map(\.id))
            ).map(ItemRow.init(row:))
            let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return cursors.compactMap { cursor in RectificationItemID(cursor.id).flatMap { byID[$0] } }
        }
    }

    /// The number of `text` in `numbers`, given the next free one the first time it is seen.
    private static func number(of text: String, in numbers: inout [String: Int32]) -> Int32 {
        if let number = numbers[text] { return number }
        let number = Int32(numbers.count)
        numbers[text] = number
        return number
    }

    private static func typed<E>(_ numbers: [String: Int32]) throws -> [EntityID<E>: Int32] {
        var typed: [EntityID<E>: Int32] = [:]
        for (text, number) in numbers {
            guard let id = EntityID<E>(text) else {
                throw StoreError(.corruptRow, "数据库中的编号“\(text)”损坏，请运行 cunzhan check。")
            }
            typed[id] = number
        }
        return typed
    }
}
