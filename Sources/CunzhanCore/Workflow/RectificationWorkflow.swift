/// The rules of the rectification life cycle: which action is legal in which state, for which role.
///
/// One pure function decides every move, so the station (before saving) and the server (before applying
/// a synced transition) give the same answer. Checks run in a fixed order: the state first, then the
/// role (from the `Permissions` table), then what the action carries (reason, evidence, deadline).
public enum RectificationWorkflow {
    /// The state after `action`, or why it is refused.
    ///
    /// `today` is the station's calendar day, used to refuse deadlines in the past.
    public static func apply(
        _ action: RectificationAction, to state: RectificationState, by role: Role, on today: CalendarDate
    ) -> Result<RectificationState, WorkflowError> {
        Result { () throws(WorkflowError) in try nextState(after: action, from: state, by: role, on: today) }
    }

    /// The state after `action`, throwing why it is refused (the typed-throws form of `apply`).
    public static func nextState(
        after action: RectificationAction, from state: RectificationState, by role: Role, on today: CalendarDate
    ) throws(WorkflowError) -> RectificationState {
        let kind = action.kind
        guard kind.transition.from == state else { throw .illegalInState(action: kind, state: state) }
        guard Permissions.allows(role, kind.capability) else {
            throw .roleNotAllowed(role: role, action: kind, state: state)
        }
        switch action {
        case .assign(_, let measures, let deadline):
            guard !measures.trimmingWhitespace().isEmpty else { throw .missingMeasures }
            guard deadline >= today else { throw .deadlineInPast(deadline: deadline, today: today) }
        case .approveExtension(let newDeadline):
            guard newDeadline >= today else { throw .deadlineInPast(deadline: newDeadline, today: today) }
        case .requestExtension(let newDeadline, let reason):
            guard newDeadline >= today else { throw .deadlineInPast(deadline: newDeadline, today: today) }
            guard !reason.trimmingWhitespace().isEmpty else { throw .missingReason(action: kind) }
        case .sendBack(let reason), .reopen(let reason):
            guard !reason.trimmingWhitespace().isEmpty else { throw .missingReason(action: kind) }
        case .submitForVerification(let evidence):
            guard !evidence.trimmingWhitespace().isEmpty else { throw .missingEvidence }
        case .close(let note):
            guard !note.trimmingWhitespace().isEmpty else { throw .missingVerificationNote }
        }
        return kind.transition.to
    }

    /// The actions that apply to an item in `state`, whoever takes them.
    public static func actions(possibleIn state: RectificationState) -> [RectificationAction.Kind] {
        RectificationAction.Kind.allCases.filter { $0.transition.from == state }
    }

    /// The actions `role` may take on an item in `state`: what a screen offers.
    public static func actions(availableIn state: RectificationState, to role: Role) -> [RectificationAction.Kind] {
        actions(possibleIn: state).filter { Permissions.allows(role, $0.capability) }
    }

    /// Whether an item is 逾期 on `today`: it has a deadline, today is past it, and it is not 已销号.
    ///
    /// Overdue is derived, never stored (DESIGN.md §2). An item due today is not yet overdue.
    public static func isOverdue(deadline: CalendarDate?, state: RectificationState, today: CalendarDate) -> Bool {
        guard state != .closed, let deadline else { return false }
        return today > deadline
    }
}
