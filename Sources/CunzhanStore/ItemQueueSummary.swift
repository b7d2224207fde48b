import CunzhanCore

/// A compact copy of the fields the issue queue filters and sorts on, for every item in the store, so a
/// filter key is answered in memory instead of by grouping the county's 30,000 index entries in SQLite.
///
/// Loaded once when the queue opens (and again when it comes back from an item or a sync, see
/// `StationStore.itemQueueSummary()`): one small struct per item, about 1 MB for a county, with its
/// village, theme and owner as small numbers. The counts per village and the ids of a page are one tight
/// loop over it; only the rows shown are read from the store. Text filters (`/`) are not in it: their
/// words live in the items' titles and the heads' names, which stay in SQLite.
public struct ItemQueueSummary: Sendable {
    /// One item's filterable fields; dates are `yyyymmdd` numbers, which order as their `YYYY-MM-DD` texts do.
    struct Entry: Sendable {
        var village: Int32
        var theme: Int32
        var owner: Int32
        var category: UInt8
        var state: UInt8
        /// `ItemSort.noDeadline` as a number when there is none.
        var deadline: Int32
        var raised: Int32
    }

    /// The entries, and in the same order the items' ids.
    var entries: [Entry]
    var ids: [String]
    /// Entry positions in each list order: (deadline, id) and (raised, id), as the keyset queries sort.
    var byDeadline: [Int32]
    var byRaised: [Int32]
    /// Every village of the store, by its number in the entries.
    var villages: [(id: VillageID, name: String)]
    var villageNumbers: [VillageID: Int32]
    var themeNumbers: [MonthlyThemeID: Int32]
    var ownerNumbers: [UserID: Int32]

    /// The number of "none" for an item without a theme or owner.
    static let none: Int32 = -1
    /// The number of a filter value no item has: it matches nothing.
    static let absent: Int32 = -2
    static let closedState = UInt8(RectificationState.allCases.firstIndex(of: .closed) ?? 0)

    /// How many items there are in all.
    public var itemCount: Int { entries.count }

    /// The name of village `id`, or nil when the store has no such village.
    public func villageName(_ id: VillageID) -> String? {
        villageNumbers[id].map { villages[Int($0)].name }
    }

    /// `YYYY-MM-DD` as `yyyymmdd`, or nil when the text is not of that shape.
    static func dayNumber(_ text: String) -> Int32? {
        var number: Int32 = 0
        var digits = 0
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), offset < 10 else { return nil }
            number = number * 10 + Int32(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits == 8 ? number : nil
    }

    static func dayNumber(_ date: CalendarDate) -> Int32 {
        Int32(date.year * 10_000 + date.month * 100 + date.day)
    }

    /// True when `a` sorts before `b` by (key, id), ids compared byte by byte as SQLite's BINARY collation does.
    static func precedes(_ a: (key: Int32, id: String), _ b: (key: Int32, id: String)) -> Bool {
        if a.key != b.key { return a.key < b.key }
        return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }
}
