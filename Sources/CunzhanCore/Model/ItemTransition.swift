/// One move of a rectification item through its life cycle, with the fields that move sets.
///
/// Sent to the server as a command (DESIGN.md §4 rule 3): `from` is the state the author saw, so a
/// move that is no longer legal is rejected rather than silently applied. Fields added after the first
/// schema are optional, so ops written by older stations still decode.
public struct ItemTransition: Codable, Sendable, Equatable {
    public var from: RectificationState
    public var to: RectificationState
    /// Why (退回, 回头看, 延期) or, for 提交验收, the evidence; empty when the move needs none.
    public var reason: String
    public var date: CalendarDate
    /// 定责 sets the owner, measures and deadline; 批准延期 sets a new deadline.
    public var ownerID: UserID?
    public var measures: String?
    public var deadline: CalendarDate?
    /// 销号 names the verifier and carries the verification note.
    public var verifierID: UserID?
    public var verificationNote: String?
    /// 申请延期: the deadline asked for.
    public var requestedDeadline: CalendarDate?
    /// Which action made this move (older ops leave it out).
    public var action: RectificationAction.Kind?

    public init(
        from: RectificationState, to: RectificationState, reason: String = "", date: CalendarDate,
        ownerID: UserID? = nil, measures: String? = nil, deadline: CalendarDate? = nil, verifierID: UserID? = nil,
        verificationNote: String? = nil, requestedDeadline: CalendarDate? = nil,
        action: RectificationAction.Kind? = nil
    ) {
        self.from = from
        self.to = to
        self.reason = reason
        self.date = date
        self.ownerID = ownerID
        self.measures = measures
        self.deadline = deadline
        self.verifierID = verifierID
        self.verificationNote = verificationNote
        self.requestedDeadline = requestedDeadline
        self.action = action
    }

    /// The item after this move: state, owner, measures, deadline, verifier, notes and close date updated.
    public func applied(to item: RectificationItem) -> RectificationItem {
        var next = item
        next.state = to
        if let ownerID { next.ownerID = ownerID }
        if let measures { next.measures = measures }
        if let verifierID { next.verifierID = verifierID }
        if let verificationNote { next.verificationNote = verificationNote }
        if let deadline {
            // A new deadline (定责 or 批准延期) settles any request that was waiting.
            next.deadline = deadline
            next.requestedDeadline = nil
        }
        if let requestedDeadline {
            next.requestedDeadline = requestedDeadline
            next.extensionReason = reason
        }
        if to == .awaitingVerification, from == .inProgress { next.evidence = reason }
        next.closedOn = to == .closed ? date : nil
        return next
    }
}
