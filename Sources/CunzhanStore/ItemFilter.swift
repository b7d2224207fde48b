import CunzhanCore
import GRDB

/// Which items an issue queue shows: any combination of village, theme, category, state, owner and overdue.
///
/// Nil means "all". Overdue is derived (DESIGN.md §2): past the deadline on `today` and not 已销号.
public struct ItemFilter: Equatable, Sendable {
    public var villageID: VillageID?
    public var themeID: MonthlyThemeID?
    public var category: ItemCategory?
    public var state: RectificationState?
    public var ownerID: UserID?
    public var overdueOnly = false
    /// Words in the problem description or the household head's name; empty for all.
    public var text = ""
    public var sort: ItemSort = .deadline
    /// The day overdue is judged on.
    public var today: CalendarDate

    public init(
        villageID: VillageID? = nil, themeID: MonthlyThemeID? = nil, category: ItemCategory? = nil,
        state: RectificationState? = nil, ownerID: UserID? = nil, overdueOnly: Bool = false,
        sort: ItemSort = .deadline, today: CalendarDate
    ) {
        self.villageID = villageID
        self.themeID = themeID
        self.category = category
        self.state = state
        self.ownerID = ownerID
        self.overdueOnly = overdueOnly
        self.sort = sort
        self.today = today
    }

    /// The index a page is read through: across villages, the sort order's covering index, so the page
    /// is the first matching entries of one index walk; within one village SQLite's own choice (the
    /// village's hundred-odd items sort in no time).
    var pageIndex: String? { villageID == nil ? sort.indexName : nil }

    /// The WHERE conditions and their arguments, over `rectification_items i`; `withVillage` false leaves the
    /// village out (for the counts per village, which show every village under the other filters).
    func conditions(withVillage: Bool = true) -> (sql: String, arguments: StatementArguments) {
        var parts: [String] = []
        var arguments: StatementArguments = []
        if withVillage, let villageID {
            parts.append("i.village_id = ?")
            arguments += [villageID.description]
        }
        if let themeID {
            parts.append("i.theme_id = ?")
            arguments += [themeID.description]
        }
        if let category {
            parts.append("i.category = ?")
            arguments += [category.rawValue]
        }
        if let state {
            parts.append("i.state = ?")
            arguments += [state.rawValue]
        }
        if let ownerID {
            parts.append("i.owner_id = ?")
            arguments += [ownerID.description]
        }
        let words = text.trimmingWhitespace()
        if !words.isEmpty {
            let pattern = "%" + ItemFilter.escapedForLike(words) + "%"
            parts.append(
                """
                (i.title LIKE ? ESCAPE '\\'
                    OR EXISTS (SELECT 1 FROM households f WHERE f.id = i.household_id AND f.head_name LIKE ? ESCAPE '\\'))
                """)
            arguments += [pattern, pattern]
        }
        if overdueOnly {
            parts.append("i.state <> 'closed' AND i.deadline < ?")
            arguments += [today.description]
        }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), arguments)
    }

    /// `text` with LIKE's wildcards taken literally.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
