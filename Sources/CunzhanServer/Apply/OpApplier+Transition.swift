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

    /// The action a transition op stands for, from its states and what it carries.
    static func action(for move: ItemTransition) -> RectificationAction? {
        switch (move.from, move.to) {
        case (.pendingAssignment, .inProgress):
            guard let owner = move.ownerID, let deadline = move.deadline else { return nil }
            return .assign(owner: owner, measures: move.measures ?? "", deadline: deadline)
        case (.inProgress, .inProgress):
            if let deadline = move.deadline { return .approveExtension(newDeadline: deadline) }
            return .requestExtension(reason: move.reason)
        case (.inProgress, .awaitingVerification): return .submitForVerification(evidence: move.reason)
        case (.awaitingVerification, .closed): return .close
        case (.awaitingVerification, .inProgress): return .sendBack(reason: move.reason)
        case (.closed, .inProgress): return .reopen(reason: move.reason)
        default: return nil
        }
    }

    static func rejection(for refusal: WorkflowError, state: RectificationState) -> Rejection {
        switch refusal {
        case .illegalInState:
            Rejection(code: .illegalTransition, message: refusal.message, currentState: state)
        case .roleNotAllowed, .notOwner:
            Rejection(code: .notAllowed, message: refusal.message)
        case .missingReason, .missingEvidence, .missingMeasures, .deadlineInPast:
            Rejection(code: .invalidValue, field: refusal.field, message: refusal.message)
        }
    }
}
