/// Why a rectification action was refused, with a Chinese message that says what to do instead.
///
/// The station shows `message` in the status line or under `field`; the server sends the same refusal
/// back for a transition that is no longer legal (DESIGN.md §4 rule 3). Refusals of the whole move name
/// the steps that are open instead, so the user is never left guessing.
public enum WorkflowError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The action does not apply to an item in this state.
    case illegalInState(action: RectificationAction.Kind, state: RectificationState)
    /// The role may not take this action on an item in this state.
    case roleNotAllowed(role: Role, action: RectificationAction.Kind, state: RectificationState)
    /// Someone other than the owner (责任人) tried an owner's action.
    case notOwner(action: RectificationAction.Kind)
    /// 退回, 回头看 and 申请延期 need a reason.
    case missingReason(action: RectificationAction.Kind)
    /// 提交验收 needs evidence.
    case missingEvidence
    /// 定责 needs measures.
    case missingMeasures
    /// 销号 needs a verification note.
    case missingVerificationNote
    /// A deadline before today.
    case deadlineInPast(deadline: CalendarDate, today: CalendarDate)
    /// A deadline before the day the problem was found.
    case deadlineBeforeFound(deadline: CalendarDate, found: CalendarDate)
    /// 批准延期 with no request waiting.
    case noPendingExtension
    /// 申请延期 for a day no later than the deadline already set.
    case extensionNotLater(requested: CalendarDate, current: CalendarDate)

    /// The form field the problem belongs to, or nil for a refusal of the whole action.
    public var field: String? {
        switch self {
        case .illegalInState, .roleNotAllowed, .notOwner, .noPendingExtension: nil
        case .missingReason(let action): action == .requestExtension ? "延期理由" : "原因"
        case .missingEvidence: "整改佐证"
        case .missingMeasures: "整改措施"
        case .missingVerificationNote: "验收意见"
        case .deadlineInPast, .deadlineBeforeFound: "整改时限"
        case .extensionNotLater: "申请延至"
        }
    }

    /// The whole message, naming the field and the fix.
    public var message: String {
        switch self {
        case .illegalInState(let action, let state):
            let possible = RectificationWorkflow.actions(possibleIn: state).map(\.label).joined(separator: "、")
            return "事项现在是“\(state.label)”，不能\(action.label)；此时可以：\(possible)"
        case .roleNotAllowed(let role, let action, let state):
            let roles = Permissions.roles(allowedTo: action.capability).map(\.label).joined(separator: "或")
            let own = RectificationWorkflow.actions(availableIn: state, to: role).map(\.label)
            let next = own.isEmpty ? "你对“\(state.label)”的事项只能查看" : "你此时可以：" + own.joined(separator: "、")
            return "“\(role.label)”没有\(action.label)的权限，请由\(roles)办理；\(next)"
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
        case .missingVerificationNote:
            return "验收意见：销号必须写明核验了什么（如实地查看、材料齐全）"
        case .deadlineInPast(let deadline, let today):
            return "整改时限：\(deadline)已经过去（今天是\(today)），请选今天或以后的日期"
        case .deadlineBeforeFound(let deadline, let found):
            return "整改时限：\(deadline)早于发现问题的日期\(found)，请选\(found)以后的日期"
        case .noPendingExtension:
            return "没有待批准的延期申请；责任人申请延期后才能批准，此时可以：提交验收"
        case .extensionNotLater(let requested, let current):
            return "申请延至：\(requested)不晚于现在的整改时限\(current)，请选\(current)以后的日期"
        }
    }

    public var description: String { message }
}
