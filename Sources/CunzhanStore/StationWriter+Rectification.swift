import CunzhanCore
import GRDB

extension StationWriter {
    /// Raises a rectification item (发现问题), normally in 待交办.
    ///
    /// The title must say what the problem is, and the scope must name what it concerns: a household item
    /// its household, a group item its group.
    public func raiseItem(_ item: RectificationItem) throws {
        try requireExists(.village, table: "villages", id: item.villageID.text)
        try StationWriter.checkItemFields(item)
        if let householdID = item.householdID {
            try requireExists(.household, table: "households", id: householdID.text)
        }
        if let groupID = item.groupID { try requireExists(.villagerGroup, table: "villager_groups", id: groupID.text) }
        if let author, let user = try User.fetch(db, id: author.text), !Permissions.allows(user.role, .raiseItem) {
            throw StoreError(
                .workflowRefused, "“\(user.role.label)”不能登记整改事项，请由村干部、第一书记或督导登记。")
        }
        try action { try insertRecording(item) }
    }

    /// Saves changed item fields (title, details, category, scope, theme, measures, responsible unit) as one
    /// patch op.
    ///
    /// What only a workflow move may change (state, owner, deadline, verifier, evidence, notes, a pending
    /// extension) keeps its stored value whatever `item` says, so an edit form can never move an item.
    public func updateItem(_ item: RectificationItem) throws {
        guard let current = try RectificationItem.fetch(db, id: item.id.text) else {
            throw StoreError.unknown(.rectificationItem, item.id.text)
        }
        guard current.state == item.state else {
            throw StoreError(.invalidValue, "整改状态只能通过交办、提交验收、销号等操作改变。")
        }
        try StationWriter.checkItemFields(item)
        var edited = item
        edited.ownerID = current.ownerID
        edited.deadline = current.deadline
        edited.verifierID = current.verifierID
        edited.closedOn = current.closedOn
        edited.evidence = current.evidence
        edited.verificationNote = current.verificationNote
        edited.requestedDeadline = current.requestedDeadline
        edited.extensionReason = current.extensionReason
        edited.raisedBy = current.raisedBy
        edited.villageID = current.villageID
        try action { try updateRecording(edited) }
    }

    /// Takes a rectification action (定责, 提交验收, 销号 ...) on an item as the writer's author, the signed-in user.
    ///
    /// The move goes through `RectificationWorkflow`: the item's state, the user's role, ownership (the
    /// owner's actions are the owner's only) and what the action carries are all checked; a refusal throws
    /// `.workflowRefused` with the workflow's Chinese message (`StoreError.workflowError` holds the reason).
    /// 定责 must name an enabled user as owner. Records a `transition` op `{from, to, reason, ...}`.
    @discardableResult
    public func transitionItem(_ id: RectificationItemID, _ action: RectificationAction, on today: CalendarDate)
        throws -> RectificationItem
    {
        let user = try actingUser(for: "办理整改事项")
        guard let item = try RectificationItem.fetch(db, id: id.text) else {
            throw StoreError.unknown(.rectificationItem, id.text)
        }
        switch RectificationWorkflow.transition(action, on: item, by: user, on: today) {
        case .success(let transition):
            if case .assign(let ownerID, _, _) = action {
                guard let owner = try User.fetch(db, id: ownerID.text), !owner.disabled else {
                    throw StoreError(.invalidValue, "责任人：找不到这个用户或已停用，请重新选择责任人。")
                }
            }
            return try recordTransition(id, transition)
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

    /// Adds a dated progress report (调度记录) to an item (append-only): only the owner of an item in work.
    public func addProgress(_ entry: ProgressEntry) throws {
        guard let item = try RectificationItem.fetch(db, id: entry.itemID.text) else {
            throw StoreError.unknown(.rectificationItem, entry.itemID.text)
        }
        let user = try actingUser(for: "报送调度进展")
        guard RectificationWorkflow.mayReportProgress(on: item, by: user) else {
            let why =
                item.state != .inProgress
                ? "事项现在是“\(item.state.label)”，只有整改中的事项才能报送进展"
                : "只有责任人才能报送这个事项的进展"
            throw StoreError(.workflowRefused, why + "。")
        }
        guard !entry.text.trimmingWhitespace().isEmpty else {
            throw StoreError(.invalidValue, "进展情况：必填，请写明这次做了什么。")
        }
        if let percent = entry.percentDone, !(0...100).contains(percent) {
            throw StoreError(.invalidValue, "完成比例：应在 0 到 100 之间。")
        }
        try action { try insertRecording(entry) }
    }

    /// Adds a supervision record (督导记录) on an item or on a whole village (append-only); 督导 only.
    public func addSupervision(_ record: SupervisionRecord) throws {
        var record = record
        if let itemID = record.itemID {
            guard let item = try RectificationItem.fetch(db, id: itemID.text) else {
                throw StoreError.unknown(.rectificationItem, itemID.text)
            }
            record.villageID = item.villageID
        }
        try requireExists(.village, table: "villages", id: record.villageID.text)
        let user = try actingUser(for: "记录督导")
        guard Permissions.allows(user.role, .recordSupervision) else {
            throw StoreError(.workflowRefused, "“\(user.role.label)”不能记录督导，请由督导记录。")
        }
        guard !record.findings.trimmingWhitespace().isEmpty else {
            throw StoreError(.invalidValue, "督导发现：必填，请写明看到了什么。")
        }
        try action { try insertRecording(record) }
    }

    /// The signed-in user acting now, enabled; refuses when nobody is signed in.
    func actingUser(for doing: String) throws -> User {
        guard let authorID = author, let user = try User.fetch(db, id: authorID.text) else {
            throw StoreError(.invalidValue, "\(doing)需要先登录：找不到当前用户，请重新登录后再操作。")
        }
        guard !user.disabled else { throw StoreError(.userDisabled, "用户“\(user.name)”已停用，不能\(doing)。") }
        return user
    }

    /// The fields a saved item must have, whoever saves it.
    static func checkItemFields(_ item: RectificationItem) throws {
        guard !item.title.trimmingWhitespace().isEmpty else {
            throw StoreError(.invalidValue, "问题描述：必填，请写明发现了什么问题。")
        }
        switch item.scope {
        case .household where item.householdID == nil:
            throw StoreError(.invalidValue, "涉及农户：范围为“户”的事项必须选定一户。")
        case .villagerGroup where item.groupID == nil:
            throw StoreError(.invalidValue, "涉及小组：范围为“组”的事项必须选定一个村民小组。")
        default:
            break
        }
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
