import CunzhanCore
import GRDB

/// What a 我的任务 row asks of the user.
public enum TaskKind: String, CaseIterable, Sendable, Comparable {
    case overdue, dueSoon, ownedInProgress, toAssign, awaitingVerification, extensionRequested, notVisited
    case notInspected

    public var label: String {
        switch self {
        case .overdue: "逾期"
        case .dueSoon: "即将到期"
        case .ownedInProgress: "我负责的整改中"
        case .toAssign: "待定责"
        case .awaitingVerification: "待验收"
        case .extensionRequested: "待批延期"
        case .notVisited: "本月未走访"
        case .notInspected: "本轮未排查"
        }
    }

    /// The label in the table's 任务 column (10 columns wide at 80x24).
    public var shortLabel: String {
        self == .ownedInProgress ? "负责整改中" : label
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// One row of 我的任务: an item to act on, or a household to visit or inspect.
public struct TaskRow: Equatable, Sendable {
    public var kind: TaskKind
    public var item: ItemRow?
    public var householdID: HouseholdID?
    /// The household's head and number, for a household row.
    public var householdLabel: String

    init(kind: TaskKind, item: ItemRow) {
        self.kind = kind
        self.item = item
        householdID = item.householdID
        householdLabel = item.concerns
    }

    init(kind: TaskKind, householdID: HouseholdID, label: String) {
        self.kind = kind
        item = nil
        self.householdID = householdID
        householdLabel = label
    }
}

/// The user's task list: rows of each kind (at most `perKind` each) and how many there are in all.
public struct TaskList: Equatable, Sendable {
    public var rows: [TaskRow]
    public var totals: [TaskKind: Int]

    public init(rows: [TaskRow] = [], totals: [TaskKind: Int] = [:]) {
        self.rows = rows
        self.totals = totals
    }
}

extension StationStore {
    /// 我的任务 of `user` on `today`, with "due soon" meaning within 3 working days of `calendar`.
    ///
    /// Whose items: an owner sees their own (the urgent ones first, then the rest of their 整改中 items by
    /// deadline, so an item just assigned shows at once); a 第一书记 or 管理员 (who assign) the whole village's, and its
    /// items waiting for 定责; a 督导 every village's items waiting for verification or an extension, and the
    /// overdue ones. Those who record visits also get their village's households not visited this month and,
    /// for a grid worker, the households of their grids not reached in this inspection cycle (the grids'
    /// coverage rule). Each kind is one indexed query limited to `perKind` rows.
    public func tasks(
        for user: User, calendar: WorkCalendar, today: CalendarDate, perKind: Int = 200
    ) throws(StoreError) -> TaskList {
        try read { db in
            var rows: [TaskRow] = []
            var totals: [TaskKind: Int] = [:]
            func add(_ kind: TaskKind, _ condition: String, _ arguments: StatementArguments, order: String) throws {
                let total =
                    try Int.fetchOne(
                        db.cachedStatement(sql: "SELECT count(*) FROM rectification_items i WHERE " + condition),
                        arguments: arguments) ?? 0
                guard total > 0 else { return }
                totals[kind] = total
                let found = try Row.fetchAll(
                    db.cachedStatement(sql: ItemRow.selectSQL + " WHERE \(condition) ORDER BY \(order) LIMIT ?"),
                    arguments: arguments + [perKind]
                ).map(ItemRow.init(row:))
                rows += found.map { TaskRow(kind: kind, item: $0) }
            }
            let day = today.description
            let dueBy = calendar.addingWorkingDays(3, to: today).description
            let byDeadline = "i.deadline, i.id"
            // Whose items: the owner's own, the village's for those who assign, every village's for 督导.
            let (scope, scopeArguments): (String, StatementArguments) =
                if user.role == .supervisor {
                    ("1", [])
                } else if Permissions.allows(user.role, .assignItem), let village = user.villageID {
                    ("i.village_id = ?", [village.description])
                } else {
                    ("i.owner_id = ?", [user.id.description])
                }
            try add(
                .overdue, "\(scope) AND i.state <> 'closed' AND i.deadline < ?", scopeArguments + [day],
                order: byDeadline)
            if user.role != .supervisor {
                try add(
                    .dueSoon, "\(scope) AND i.state = 'inProgress' AND i.deadline BETWEEN ? AND ?",
                    scopeArguments + [day, dueBy], order: byDeadline)
            }
            // The owner's other open items: those the overdue and due-soon rows above did not list.
            let notListedYet = user.role == .supervisor ? "i.deadline >= ?" : "i.deadline > ?"
            let extensionsListed =
                Permissions.allows(user.role, .approveExtension) ? " AND i.requested_deadline IS NULL" : ""
            try add(
                .ownedInProgress,
                "i.owner_id = ? AND i.state = 'inProgress' AND (i.deadline IS NULL OR \(notListedYet))"
                    + extensionsListed,
                [user.id.description, user.role == .supervisor ? day : dueBy], order: byDeadline)
            if Permissions.allows(user.role, .assignItem) {
                let (village, villageArguments): (String, StatementArguments) =
                    user.villageID.map { ("i.village_id = ?", [$0.description]) } ?? ("1", [])
                try add(
                    .toAssign, "\(village) AND i.state = 'pendingAssignment'", villageArguments,
                    order: "i.raised_on, i.id")
            }
            if Permissions.allows(user.role, .verifyAndClose) {
                try add(.awaitingVerification, "i.state = 'awaitingVerification'", [], order: byDeadline)
            }
            if Permissions.allows(user.role, .approveExtension) {
                try add(
                    .extensionRequested, "i.state = 'inProgress' AND i.requested_deadline IS NOT NULL", [],
                    order: byDeadline)
            }
            if Permissions.allows(user.role, .recordVisit) {
                try StationStore.addHouseholdTasks(db, user: user, today: today, perKind: perKind, into: &rows, &totals)
            }
            rows.sort { $0.kind < $1.kind }
            return TaskList(rows: rows, totals: totals)
        }
    }

    /// The households not visited this month (the village's) and not reached in this inspection cycle (the
    /// households of the grids the user works or deputises, by the grids' coverage rule: in person, or by any
    /// contact for a long-absent household).
    private static func addHouseholdTasks(
        _ db: Database, user: User, today: CalendarDate, perKind: Int, into rows: inout [TaskRow],
        _ totals: inout [TaskKind: Int]
    ) throws {
        let monthStart = today.firstOfMonth.description
        var queries: [(TaskKind, String, StatementArguments)] = []
        if let village = user.villageID {
            queries.append(
                (
                    .notVisited,
                    "h.village_id = ? AND (h.last_visit_date IS NULL OR h.last_visit_date < ?)",
                    [village.description, monthStart]
                ))
        }
        let months =
            try Int.fetchOne(
                db, sql: "SELECT inspection_cycle_months FROM villages WHERE id = ?", arguments: [user.villageID.text])
            ?? 1
        let cycle = InspectionCycle(containing: today, months: months)
        queries.append(
            (
                .notInspected,
                """
                h.grid_id IN (SELECT id FROM grids WHERE worker_id = ? OR deputy_id = ?)
                AND NOT coalesce(\(reachedSQL(table: "h.")), 0)
                """,
                StatementArguments([user.id.description, user.id.description])
                    + StatementArguments(reachedArguments(cycle))
            ))
        for (kind, condition, arguments) in queries {
            let total =
                try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT count(*) FROM households h WHERE " + condition),
                    arguments: arguments) ?? 0
            guard total > 0 else { continue }
            totals[kind] = total
            let found = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT h.id, h.head_name, h.household_number FROM households h WHERE \(condition)
                        ORDER BY h.household_number LIMIT ?
                        """), arguments: arguments + [perKind])
            for row in found {
                let number: String = row["household_number"]
                rows.append(
                    TaskRow(
                        kind: kind, householdID: try row.id("id"),
                        label: "\(row["head_name"] as String? ?? "")（\(number.suffix(4))）"))
            }
        }
    }
}
