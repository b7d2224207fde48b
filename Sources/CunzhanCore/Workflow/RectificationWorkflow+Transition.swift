extension RectificationWorkflow {
    /// The checked `ItemTransition` for `action` on `item` by `user`: what the store applies and syncs.
    ///
    /// Besides the rules of `apply` (state, role, payload), a 村干部/网格员 may report on, ask to extend and
    /// submit only the items they own (DESIGN.md §1: "own items"); other roles act on any item of their scope.
    /// 提交验收 carries its evidence in `reason`; 销号 names `user` as the verifier.
    public static func transition(
        _ action: RectificationAction, on item: RectificationItem, by user: User, on today: CalendarDate
    ) -> Result<ItemTransition, WorkflowError> {
        Result { () throws(WorkflowError) in
            let next = try nextState(after: action, from: item.state, by: user.role, on: today)
            if user.role == .cadre, item.ownerID != user.id {
                throw .notOwner(action: action.kind)
            }
            switch action {
            case .assign(let owner, let measures, let deadline):
                return ItemTransition(
                    from: item.state, to: next, date: today, ownerID: owner,
                    measures: measures.trimmingWhitespace(), deadline: deadline)
            case .approveExtension(let newDeadline):
                return ItemTransition(from: item.state, to: next, date: today, deadline: newDeadline)
            case .requestExtension(let reason), .sendBack(let reason), .reopen(let reason),
                .submitForVerification(let reason):
                return ItemTransition(from: item.state, to: next, reason: reason.trimmingWhitespace(), date: today)
            case .close:
                return ItemTransition(from: item.state, to: next, date: today, verifierID: user.id)
            }
        }
    }
}

extension RectificationWorkflow {
    /// Whether `user` may add a progress report (调度记录) to `item`: the role must allow it, and a
    /// 村干部/网格员 only on an item they own.
    public static func mayReportProgress(on item: RectificationItem, by user: User) -> Bool {
        guard Permissions.allows(user.role, .reportProgress) else { return false }
        return user.role != .cadre || item.ownerID == user.id
    }
}
