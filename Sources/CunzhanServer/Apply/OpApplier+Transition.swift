import CunzhanCore
import CunzhanSyncAPI

extension OpApplier {
    /// `transition`: a workflow command `{from, to, ...}` checked against the item's state on the server and
    /// the author's role by `RectificationWorkflow`; a move no longer legal is rejected with the current state.
    func transition(_ op: Op, fields: [String: JSON], existing: EntityRecord?) async throws -> Applied {
        guard op.entityType == .rectificationItem else {
            throw Rejection(code: .invalidValue, message: "只有整改事项有办理流程，\(EntityRules.name(op.entityType))不能办理。")
        }
        guard var entity = existing else { throw unknown(op) }
        try checkScope(entity.villageCode)
        let move = try EntityRules.decode(ItemTransition.self, fields)
        let item = try EntityRules.decode(RectificationItem.self, entity.fields)
        guard let action = OpApplier.action(for: move) else {
            throw Rejection(
                code: .illegalTransition,
                message: "没有从“\(move.from.label)”到“\(move.to.label)”的办理操作。", currentState: item.state)
        }
        guard let authorID = op.author else {
            throw Rejection(code: .notAllowed, message: "\(action.kind.label)必须由登录的用户办理，这条操作没有作者。")
        }
        let author = try await user(authorID)
        if case .failure(let refusal) = RectificationWorkflow.transition(action, on: item, by: author, on: move.date) {
            throw OpApplier.rejection(for: refusal, state: item.state)
        }
        let next = move.applied(to: item)
        guard case .object(let nextFields) = try? json(next) else {
            throw Rejection(code: .invalidValue, message: "整改事项无法更新。")
        }
        entity.fields.merge(nextFields) { _, new in new }
        try await transaction.saveEntity(entity)
        return Applied(op: op, villageCode: entity.villageCode)
    }

    private func json(_ item: RectificationItem) throws -> JSON {
        try SyncCoding.decode(JSON.self, from: SyncCoding.encode(item))
    }

    /// The action a transition op stands for: named by its `action` (older ops leave it out and are read
    /// from their states and what they carry); nil when that action does not lead from `from` to `to`.
    static func action(for move: ItemTransition) -> RectificationAction? {
        guard let kind = move.action ?? impliedKind(of: move), kind.transition == (move.from, move.to) else {
            return nil
        }
        switch kind {
        case .assign:
            guard let owner = move.ownerID, let deadline = move.deadline else { return nil }
            return .assign(owner: owner, measures: move.measures ?? "", deadline: deadline)
        case .requestExtension:
            guard let requested = move.requestedDeadline else { return nil }
            return .requestExtension(newDeadline: requested, reason: move.reason)
        case .approveExtension:
            guard let deadline = move.deadline else { return nil }
            return .approveExtension(newDeadline: deadline)
        case .submitForVerification: return .submitForVerification(evidence: move.reason)
        case .close: return .close(verificationNote: move.verificationNote ?? "")
        case .sendBack: return .sendBack(reason: move.reason)
        case .reopen: return .reopen(reason: move.reason)
        }
    }

    private static func impliedKind(of move: ItemTransition) -> RectificationAction.Kind? {
        switch (move.from, move.to) {
        case (.pendingAssignment, .inProgress): .assign
        case (.inProgress, .inProgress): move.requestedDeadline == nil ? .approveExtension : .requestExtension
        case (.inProgress, .awaitingVerification): .submitForVerification
        case (.awaitingVerification, .closed): .close
        case (.awaitingVerification, .inProgress): .sendBack
        case (.closed, .inProgress): .reopen
        default: nil
        }
    }

    static func rejection(for refusal: WorkflowError, state: RectificationState) -> Rejection {
        switch refusal {
        case .illegalInState, .noPendingExtension:
            Rejection(code: .illegalTransition, message: refusal.message, currentState: state)
        case .roleNotAllowed, .notOwner:
            Rejection(code: .notAllowed, message: refusal.message)
        case .missingReason, .missingEvidence, .missingMeasures, .missingVerificationNote, .deadlineInPast,
            .deadlineBeforeFound, .extensionNotLater:
            Rejection(code: .invalidValue, field: refusal.field, message: refusal.message)
        }
    }
}
