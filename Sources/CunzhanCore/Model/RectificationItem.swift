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

    public init(
        id: RectificationItemID = RectificationItemID(), villageID: VillageID, themeID: MonthlyThemeID? = nil,
        scope: ItemScope, householdID: HouseholdID? = nil, groupID: VillagerGroupID? = nil, source: ItemSource,
        category: ItemCategory, title: String, details: String = "", state: RectificationState = .pendingAssignment,
        raisedBy: UserID, raisedOn: CalendarDate, ownerID: UserID? = nil, measures: String = "",
        deadline: CalendarDate? = nil, verifierID: UserID? = nil, closedOn: CalendarDate? = nil
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
    }

    /// Whether the item is 逾期 on `today`: past its deadline and not yet 已销号.
    public func isOverdue(on today: CalendarDate) -> Bool {
        guard state != .closed, let deadline else { return false }
        return today > deadline
    }
}

public typealias RectificationItemID = EntityID<RectificationItem>

/// One move of a rectification item through its life cycle, with the fields that move sets.
///
/// Sent to the server as a command (DESIGN.md §4 rule 3): `from` is the state the author saw, so a
/// move that is no longer legal is rejected rather than silently applied.
public struct ItemTransition: Codable, Sendable, Equatable {
    public var from: RectificationState
    public var to: RectificationState
    /// Why (退回, 回头看, 延期); empty when the move needs none.
    public var reason: String
    public var date: CalendarDate
    /// 定责 sets the owner, measures and deadline; 延期 sets a new deadline.
    public var ownerID: UserID?
    public var measures: String?
    public var deadline: CalendarDate?
    /// 销号 names the verifier.
    public var verifierID: UserID?

    public init(
        from: RectificationState, to: RectificationState, reason: String = "", date: CalendarDate,
        ownerID: UserID? = nil, measures: String? = nil, deadline: CalendarDate? = nil, verifierID: UserID? = nil
    ) {
        self.from = from
        self.to = to
        self.reason = reason
        self.date = date
        self.ownerID = ownerID
        self.measures = measures
        self.deadline = deadline
        self.verifierID = verifierID
    }

    /// The item after this move: state, owner, measures, deadline, verifier and close date updated.
    public func applied(to item: RectificationItem) -> RectificationItem {
        var next = item
        next.state = to
        if let ownerID { next.ownerID = ownerID }
        if let measures { next.measures = measures }
        if let deadline { next.deadline = deadline }
        if let verifierID { next.verifierID = verifierID }
        next.closedOn = to == .closed ? date : nil
        return next
    }
}
