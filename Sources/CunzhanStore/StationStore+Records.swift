import CunzhanCore
import GRDB

extension StationStore {
    /// The household with `id`, or nil.
    public func household(_ id: HouseholdID) throws(StoreError) -> Household? {
        try read { db in try Household.fetch(db, id: id.text) }
    }

    /// The members of a household, the head first.
    public func members(of id: HouseholdID) throws(StoreError) -> [Member] {
        try read { db in
            try Row.fetchAll(
                db, sql: Member.selectSQL + " WHERE household_id = ? ORDER BY relation <> 'head', id",
                arguments: [id.text]
            ).map(Member.init(row:))
        }
    }

    /// The visits of a household, newest first, voided ones left out.
    public func visits(of id: HouseholdID) throws(StoreError) -> [Visit] {
        try read { db in
            try Row.fetchAll(
                db, sql: Visit.selectSQL + " WHERE household_id = ? AND voided = 0 ORDER BY date DESC, id",
                arguments: [id.text]
            ).map(Visit.init(row:))
        }
    }

    /// The rectification item with `id`, or nil.
    public func item(_ id: RectificationItemID) throws(StoreError) -> RectificationItem? {
        try read { db in try RectificationItem.fetch(db, id: id.text) }
    }

    /// Every user, by name.
    public func users() throws(StoreError) -> [User] {
        try read { db in try Row.fetchAll(db, sql: User.selectSQL + " ORDER BY name, id").map(User.init(row:)) }
    }

    /// Every village, by code.
    public func villages() throws(StoreError) -> [Village] {
        try read { db in try Row.fetchAll(db, sql: Village.selectSQL + " ORDER BY code").map(Village.init(row:)) }
    }

    /// Number of outbox ops waiting to be sent (待上传).
    public func pendingOpCount() throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT op_count FROM outbox_counts WHERE state = 'pending'") ?? 0
        }
    }

    /// Every domain row of the store, by table, as stored values: used to compare replicas.
    func snapshot() throws(StoreError) -> StoreSnapshot {
        try read { db in
            StoreSnapshot(
                villages: try Village.fetchAll(db), groups: try VillagerGroup.fetchAll(db),
                grids: try Grid.fetchAll(db),
                users: try User.fetchAll(db), households: try Household.fetchAll(db), members: try Member.fetchAll(db),
                visits: try Visit.fetchAll(db), surveys: try IncomeSurvey.fetchAll(db),
                inspections: try Inspection.fetchAll(db), themes: try MonthlyTheme.fetchAll(db),
                items: try RectificationItem.fetchAll(db), progress: try ProgressEntry.fetchAll(db),
                supervision: try SupervisionRecord.fetchAll(db),
                derived: try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, given_name, search_initials, search_pinyin, phone_reversed, head_id_number,
                            head_id_reversed, last_visit_date, visit_count, last_in_person_inspection, last_inspection
                        FROM households ORDER BY id
                        """
                ).map { $0.description },
                voided: try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, void_reason FROM visits WHERE voided = 1 UNION ALL
                        SELECT id, void_reason FROM inspections WHERE voided = 1 ORDER BY 1
                        """
                ).map { $0.description })
        }
    }
}

/// All domain rows of a store, for comparing two replicas in tests and checks.
struct StoreSnapshot: Equatable {
    var villages: [Village]
    var groups: [VillagerGroup]
    var grids: [Grid]
    var users: [User]
    var households: [Household]
    var members: [Member]
    var visits: [Visit]
    var surveys: [IncomeSurvey]
    var inspections: [Inspection]
    var themes: [MonthlyTheme]
    var items: [RectificationItem]
    var progress: [ProgressEntry]
    var supervision: [SupervisionRecord]
    var derived: [String]
    var voided: [String]
}
