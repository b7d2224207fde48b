import CunzhanCore
import GRDB

extension StationWriter {
    /// Raises a rectification item (发现问题), normally in 待交办.
    public func raiseItem(_ item: RectificationItem) throws {
        try requireExists(.village, table: "villages", id: item.villageID.text)
        if let householdID = item.householdID {
            try requireExists(.household, table: "households", id: householdID.text)
        }
        try action { try insertRecording(item) }
    }

    /// Saves changed item fields (title, details, measures, theme ...) as one patch op; the state is not patchable.
    public func updateItem(_ item: RectificationItem) throws {
        guard let current = try RectificationItem.fetch(db, id: item.id.text) else {
            throw StoreError.unknown(.rectificationItem, item.id.text)
        }
        guard current.state == item.state else {
            throw StoreError(.invalidValue, "整改状态只能通过交办、提交验收、销号等操作改变。")
        }
        try action { try updateRecording(item) }
    }

    /// Takes a rectification action (定责, 提交验收, 销号 ...) on an item as the writer's author, the signed-in user.
    ///
    /// The move goes through `RectificationWorkflow`: the item's state, the user's role, ownership (a
    /// 村干部 acts only on items they own) and what the action carries are all checked; a refusal throws
    /// `.workflowRefused` with the workflow's Chinese message (`StoreError.workflowError` holds the reason).
    /// Records a `transition` op `{from, to, reason, ...}`.
    @discardableResult
    public func transitionItem(_ id: RectificationItemID, _ action: RectificationAction, on today: CalendarDate)
        throws -> RectificationItem
    {
        guard let authorID = author, let user = try User.fetch(db, id: authorID.text) else {
            throw StoreError(.invalidValue, "办理整改事项需要先登录：找不到当前用户，请重新登录后再操作。")
        }
        guard !user.disabled else { throw StoreError(.userDisabled, "用户“\(user.name)”已停用，不能办理整改事项。") }
        guard let item = try RectificationItem.fetch(db, id: id.text) else {
            throw StoreError.unknown(.rectificationItem, id.text)
        }
        switch RectificationWorkflow.transition(action, on: item, by: user, on: today) {
        case .success(let transition): return try recordTransition(id, transition)
        case .failure(let refusal): throw StoreError(refusal)
        }
    }

    /// Applies an already checked transition and records its op; `.staleState` when the item moved meanwhile.
    @discardableResult
    func recordTransition(_ id: RectificationItemID, _ transition: ItemTransition) throws -> RectificationItem {
        let next = try StationWriter.applyTransition(db, id: id.text, transition)
        try action {
            try recordOp(.rectificationItem, id: id.text, kind: .transition, payload: ColumnCoding.json(transition))
        }
        return next
    }

    /// Adds a dated progress report (调度记录) to an item (append-only).
    public func addProgress(_ entry: ProgressEntry) throws {
        try requireExists(.rectificationItem, table: "rectification_items", id: entry.itemID.text)
        try action { try insertRecording(entry) }
    }

    /// Adds a supervision record (督导记录) to an item (append-only).
    public func addSupervision(_ record: SupervisionRecord) throws {
        try requireExists(.rectificationItem, table: "rectification_items", id: record.itemID.text)
        try action { try insertRecording(record) }
    }

    static func applyTransition(_ db: Database, id: String, _ transition: ItemTransition) throws -> RectificationItem {
        guard let item = try RectificationItem.fetch(db, id: id) else {
            throw StoreError.unknown(.rectificationItem, id)
        }
        guard item.state == transition.from else {
            throw StoreError(
                .staleState,
                "整改事项“\(item.title)”现在是“\(item.state.label)”，不是“\(transition.from.label)”，不能改为“\(transition.to.label)”。请刷新后再操作。"
            )
        }
        let next = transition.applied(to: item)
        try next.update(db)
        return next
    }

    static func applyVoid(_ db: Database, type: EntityType, id: String, reason: String) throws {
        let table: String
        switch type {
        case .visit: table = Visit.table
        case .inspection: table = Inspection.table
        case .progressEntry: table = ProgressEntry.table
        case .supervisionRecord: table = SupervisionRecord.table
        default: throw StoreError(.invalidValue, "\(type.chineseName)不能作废，只能修改。")
        }
        try db.execute(sql: "UPDATE \(table) SET voided = 1, void_reason = ? WHERE id = ?", arguments: [reason, id])
        guard db.changesCount == 1 else { throw StoreError.unknown(type, id) }
        if type == .visit,
            let householdID = try String.fetchOne(
                db, sql: "SELECT household_id FROM visits WHERE id = ?", arguments: [id])
        {
            try Visit.refreshSummary(db, householdID: householdID)
        }
        if type == .inspection,
            let householdID = try String.fetchOne(
                db, sql: "SELECT household_id FROM inspections WHERE id = ?", arguments: [id])
        {
            try Inspection.refreshContacts(db, householdID: householdID)
        }
    }
}
