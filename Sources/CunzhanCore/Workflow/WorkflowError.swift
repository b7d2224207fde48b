/// Why a rectification action was refused, with a Chinese message that says what to do instead.
///
/// The station shows `message` in the status line or under `field`; the server sends the same refusal
/// back for a transition that is no longer legal (DESIGN.md §4 rule 3).
public enum WorkflowError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The action does not apply to an item in this state.
    case illegalInState(action: RectificationAction.Kind, state: RectificationState)
    /// The role may not take this action.
    case roleNotAllowed(role: Role, action: RectificationAction.Kind)
    /// A 村干部/网格员 acted on an item someone else owns.
    case notOwner(action: RectificationAction.Kind)
    /// 退回, 回头看 and 申请延期 need a reason.
    case missingReason(action: RectificationAction.Kind)
    /// 提交验收 needs evidence.
    case missingEvidence
    /// 定责 needs measures.
    case missingMeasures
    /// A deadline before today.
    case deadlineInPast(deadline: CalendarDate, today: CalendarDate)

    /// The form field the problem belongs to, or nil for a refusal of the whole action.
    public var field: String? {
        switch self {
        case .illegalInState, .roleNotAllowed, .notOwner: nil
        case .missingReason(let action): action == .requestExtension ? "延期理由" : "原因"
        case .missingEvidence: "整改佐证"
        case .missingMeasures: "整改措施"
        case .deadlineInPast: "整改时限"
        }
    }

    /// The whole message, naming the field and the fix.
    public var message: String {
        switch self {
        case .illegalInState(let action, let state):
            let possible = RectificationWorkflow.actions(possibleIn: state).map(\.label).joined(separator: "、")
            return "事项现在是“\(state.label)”，不能\(action.label)；此时可以：\(possible)"
        case .roleNotAllowed(let role, let action):
            let roles = Permissions.roles(allowedTo: action.capability).map(\.label).joined(separator: "或")
            return "“\(role.label)”没有\(action.label)的权限，请由\(roles)办理"
        case .notOwner(let action):
            return "只有责任人才能\(action.label)；这个事项不是交办给你的，如需接手请第一书记重新定责"
        case .missingReason(.sendBack):
            return "原因：退回必须写明原因和需要补正的内容"
        case .missingReason(.reopen):
            return "原因：回头看必须写明发现的问题"
        case .missingReason(let action):
            return "\(field ?? "原因")：\(action.label)必须写明理由"
        case .missingEvidence:
            return "整改佐证：提交验收必须写明做了什么（可附照片或材料编号）"
        case .missingMeasures:
            return "整改措施：定责必须写明整改措施"
        case .deadlineInPast(let deadline, let today):
            return "整改时限：\(deadline)已经过去（今天是\(today)），请选今天或以后的日期"
        }
    }

    public var description: String { message }
}
