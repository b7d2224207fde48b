/// A 整改事项 (rectification item): one problem found, carried through the 四定闭环 to 销号.
///
/// The state changes only by `ItemTransition`s; owner, measures and deadline are set by 定责 and
/// may be patched later. 逾期 is derived from `deadline`, see `isOverdue(on:)`.
public struct RectificationItem: Codable, Sendable, Equatable, Identifiable {
    public var id: RectificationItemID
    public var villageID: VillageID
    public var themeID: MonthlyThemeID?
    public var scope: ItemScope
    public var householdID: HouseholdID?
    public var groupID: VillagerGroupID?
    public var source: ItemSource
    public var category: ItemCategory
    public var title: String
    public var details: String
    public var state: RectificationState
    public var raisedBy: UserID
    public var raisedOn: CalendarDate
    public var ownerID: UserID?
    public var measures: String
    public var deadline: CalendarDate?
    public var verifierID: UserID?
    public var closedOn: CalendarDate?
    /// 责任单位: the office or team answerable besides the owner (村委会, 乡镇卫生院 ...).
    public var responsibleUnit: String
    /// 整改佐证: what was done, as handed in with 提交验收.
    public var evidence: String
    /// 验收意见: what the verifier checked when closing (销号 requires one).
    public var verificationNote: String
    /// The later deadline the owner asked for (申请延期), waiting for approval; nil when none is pending.
    public var requestedDeadline: CalendarDate?
    /// Why the owner asked for more time.
    public var extensionReason: String
    /// The visit or inspection that found the problem, when it came from one.
    public var sourceRecordID: String?

    public init(
        id: RectificationItemID = RectificationItemID(), villageID: VillageID, themeID: MonthlyThemeID? = nil,
        scope: ItemScope, householdID: HouseholdID? = nil, groupID: VillagerGroupID? = nil, source: ItemSource,
        category: ItemCategory, title: String, details: String = "", state: RectificationState = .pendingAssignment,
        raisedBy: UserID, raisedOn: CalendarDate, ownerID: UserID? = nil, measures: String = "",
        deadline: CalendarDate? = nil, verifierID: UserID? = nil, closedOn: CalendarDate? = nil,
        responsibleUnit: String = "", evidence: String = "", verificationNote: String = "",
        requestedDeadline: CalendarDate? = nil, extensionReason: String = "", sourceRecordID: String? = nil
    ) {
        self.id = id
        self.villageID = villageID
        self.themeID = themeID
        self.scope = scope
        self.householdID = householdID
        self.groupID = groupID
        self.source = source
        self.category = category
        self.title = title
        self.details = details
        self.state = state
        self.raisedBy = raisedBy
        self.raisedOn = raisedOn
        self.ownerID = ownerID
        self.measures = measures
        self.deadline = deadline
        self.verifierID = verifierID
        self.closedOn = closedOn
        self.responsibleUnit = responsibleUnit
        self.evidence = evidence
        self.verificationNote = verificationNote
        self.requestedDeadline = requestedDeadline
        self.extensionReason = extensionReason
        self.sourceRecordID = sourceRecordID
    }

    /// Whether the item is 逾期 on `today`: past its deadline and not yet 已销号.
    public func isOverdue(on today: CalendarDate) -> Bool {
        RectificationWorkflow.isOverdue(deadline: deadline, state: state, today: today)
    }

    /// Whether an extension request waits for a supervisor's approval.
    public var hasPendingExtension: Bool { requestedDeadline != nil }
}

public typealias RectificationItemID = EntityID<RectificationItem>
