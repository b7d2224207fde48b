extension RectificationWorkflow {
    /// The actions that only the item's owner (责任人) takes: reporting on the work and handing it in.
    public static let ownerActions: Set<RectificationAction.Kind> = [.requestExtension, .submitForVerification]

    /// The checked `ItemTransition` for `action` on `item` by `user`: what the store applies and syncs.
    ///
    /// Besides the rules of `apply` (state, role, payload): 申请延期 and 提交验收 are the owner's (DESIGN.md §2:
    /// "progress and 提交验收 by the owner"), whatever their role; a deadline may not lie before the day the
    /// problem was found; 批准延期 needs a pending request, and a request must ask for a later deadline.
    /// 提交验收 carries its evidence in `reason`; 销号 names `user` as the verifier.
    public static func transition(
        _ action: RectificationAction, on item: RectificationItem, by user: User, on today: CalendarDate
    ) -> Result<ItemTransition, WorkflowError> {
        Result { () throws(WorkflowError) in
            if case .assign(_, _, let deadline) = action, deadline < item.raisedOn {
                throw .deadlineBeforeFound(deadline: deadline, found: item.raisedOn)
            }
            let next = try nextState(after: action, from: item.state, by: user.role, on: today)
            if ownerActions.contains(action.kind), item.ownerID != user.id {
                throw .notOwner(action: action.kind)
            }
            let kind = action.kind
            switch action {
            case .assign(let owner, let measures, let deadline):
                return ItemTransition(
                    from: item.state, to: next, date: today, ownerID: owner,
                    measures: measures.trimmingWhitespace(), deadline: deadline, action: kind)
            case .requestExtension(let newDeadline, let reason):
                if let current = item.deadline, newDeadline <= current {
                    throw .extensionNotLater(requested: newDeadline, current: current)
                }
                return ItemTransition(
                    from: item.state, to: next, reason: reason.trimmingWhitespace(), date: today,
                    requestedDeadline: newDeadline, action: kind)
            case .approveExtension(let newDeadline):
                guard item.hasPendingExtension else { throw .noPendingExtension }
                return ItemTransition(from: item.state, to: next, date: today, deadline: newDeadline, action: kind)
            case .sendBack(let reason), .reopen(let reason), .submitForVerification(let reason):
                return ItemTransition(
                    from: item.state, to: next, reason: reason.trimmingWhitespace(), date: today, action: kind)
            case .close(let note):
                return ItemTransition(
                    from: item.state, to: next, date: today, verifierID: user.id,
                    verificationNote: note.trimmingWhitespace(), action: kind)
            }
        }
    }

    /// What `user` may do to `item` now: the actions their role allows in its state, less the owner's
    /// actions on someone else's item and an approval with nothing pending. What a screen offers as keys.
    public static func actions(on item: RectificationItem, for user: User) -> [RectificationAction.Kind] {
        actions(availableIn: item.state, to: user.role).filter { kind in
            if ownerActions.contains(kind), item.ownerID != user.id { return false }
            if kind == .approveExtension, !item.hasPendingExtension { return false }
            if kind == .requestExtension, item.hasPendingExtension { return false }
            return true
        }
    }
}

extension RectificationWorkflow {
    /// Whether `user` may add a progress report (调度记录) to `item`: the role must allow it, the item must
    /// be in work, and only its owner reports on it.
    public static func mayReportProgress(on item: RectificationItem, by user: User) -> Bool {
        guard Permissions.allows(user.role, .reportProgress), item.state == .inProgress else { return false }
        return item.ownerID == user.id
    }
}
