import CunzhanCore
import GRDB

/// One rectification item as lists show it: what, where, who, by when, in what state.
public struct ItemRow: Equatable, Sendable, Identifiable {
    public var id: RectificationItemID
    public var villageID: VillageID
    public var villageName: String
    public var title: String
    public var category: ItemCategory
    public var source: ItemSource
    public var state: RectificationState
    public var ownerID: UserID?
    /// The owner's name, empty before 定责.
    public var ownerName: String
    public var deadline: CalendarDate?
    public var raisedOn: CalendarDate
    /// Whom it concerns: "张三（0001）", the group's name, or 全村.
    public var concerns: String
    public var householdID: HouseholdID?
    public var themeTitle: String
    public var hasPendingExtension: Bool

    /// Whether the item is 逾期 on `today`.
    public func isOverdue(on today: CalendarDate) -> Bool {
        RectificationWorkflow.isOverdue(deadline: deadline, state: state, today: today)
    }

    /// Where the row sits in `sort`, for keyset paging.
    public func cursor(for sort: ItemSort) -> ItemCursor {
        switch sort {
        case .deadline: ItemCursor(key: deadline?.description ?? ItemSort.noDeadline, id: id.text)
        case .age: ItemCursor(key: raisedOn.description, id: id.text)
        }
    }

    /// The item row query over `rectification_items i` read through `index` (nil lets SQLite choose).
    static func selectSQL(indexedBy index: String?) -> String {
        guard let index else { return selectSQL }
        return selectSQL.replacingOccurrences(
            of: "FROM rectification_items i\n", with: "FROM rectification_items i INDEXED BY \(index)\n")
    }

    /// The columns every item row query selects, in the order `init(row:)` reads them.
    static let selectSQL = """
        SELECT i.id, i.village_id, v.name AS village_name, i.title, i.category, i.source, i.state, i.owner_id,
            coalesce(u.name, '') AS owner_name, i.deadline, i.raised_on, i.scope, i.household_id,
            h.head_name, h.household_number, g.name AS group_name, coalesce(t.title, '') AS theme_title,
            i.requested_deadline
        FROM rectification_items i
        JOIN villages v ON v.id = i.village_id
        LEFT JOIN users u ON u.id = i.owner_id
        LEFT JOIN households h ON h.id = i.household_id
        LEFT JOIN villager_groups g ON g.id = i.group_id
        LEFT JOIN monthly_themes t ON t.id = i.theme_id
        """

    init(row: Row) throws {
        id = try row.id("id")
        villageID = try row.id("village_id")
        villageName = row["village_name"]
        title = row["title"]
        category = try row.value("category")
        source = try row.value("source")
        state = try row.value("state")
        ownerID = try row.optionalID("owner_id")
        ownerName = row["owner_name"]
        deadline = try row.optionalDate("deadline")
        raisedOn = try row.date("raised_on")
        householdID = try row.optionalID("household_id")
        let scope: ItemScope = try row.value("scope")
        switch scope {
        case .household:
            let name: String = row["head_name"] ?? "未知户"
            let number: String = row["household_number"] ?? ""
            concerns = "\(name)（\(number.suffix(4))）"
        case .villagerGroup: concerns = row["group_name"] ?? "村民小组"
        case .village: concerns = "全村"
        }
        themeTitle = row["theme_title"]
        hasPendingExtension = (row["requested_deadline"] as String?) != nil
    }
}

/// Where an item sits in a sorted list: the sort key and the id, for keyset paging.
public struct ItemCursor: Hashable, Sendable {
    public var key: String
    public var id: String

    public init(key: String, id: String) {
        self.key = key
        self.id = id
    }
}

/// The orders of an issue queue.
public enum ItemSort: String, ChineseLabeled {
    /// Earliest deadline first; items without one (待交办) last.
    case deadline
    /// Oldest first: the day the problem was found.
    case age

    public var label: String {
        switch self {
        case .deadline: "按整改时限"
        case .age: "按发现时间"
        }
    }

    /// Stands for "no deadline" in the sort key, after every real date.
    public static let noDeadline = "9999-12-31"

    /// The covering index that walks the list in this order (`StationStore.queueIndexes`).
    var indexName: String {
        switch self {
        case .deadline: "items_queue_by_deadline"
        case .age: "items_queue_by_raised"
        }
    }

    /// The SQL expression the list is ordered by (matching an index).
    var keySQL: String {
        switch self {
        case .deadline: "coalesce(i.deadline, '\(ItemSort.noDeadline)')"
        case .age: "i.raised_on"
        }
    }
}
