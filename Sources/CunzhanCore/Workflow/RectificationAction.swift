/// A move a user makes on a rectification item (整改事项), with what that move must carry.
///
/// The life cycle of DESIGN.md §2: 定责 starts the work, 提交验收 hands it in, 销号 closes it, 退回 sends it
/// back, 回头看 reopens a closed item; 申请延期 and 批准延期 move the deadline without changing the state.
public enum RectificationAction: Hashable, Sendable {
    /// 定责: name the owner, the measures and the deadline.
    case assign(owner: UserID, measures: String, deadline: CalendarDate)
    /// 申请延期: the owner asks for a later deadline, saying why; it waits for a supervisor's approval.
    case requestExtension(newDeadline: CalendarDate, reason: String)
    /// 批准延期: the new deadline is set (normally the one asked for).
    case approveExtension(newDeadline: CalendarDate)
    /// 提交验收: the work is handed in with evidence of what was done.
    case submitForVerification(evidence: String)
    /// 销号: verified and closed, with the verifier's note of what was checked.
    case close(verificationNote: String)
    /// 退回: not accepted, back to work, with the reason.
    case sendBack(reason: String)
    /// 回头看: a closed item found wanting again, with the reason.
    case reopen(reason: String)

    /// Which action this is, without its payload.
    public var kind: Kind {
        switch self {
        case .assign: .assign
        case .requestExtension: .requestExtension
        case .approveExtension: .approveExtension
        case .submitForVerification: .submitForVerification
        case .close: .close
        case .sendBack: .sendBack
        case .reopen: .reopen
        }
    }

    /// The kinds of action, for tables, menus and messages.
    public enum Kind: String, ChineseLabeled {
        case assign, requestExtension, approveExtension, submitForVerification, close, sendBack, reopen

        public var label: String {
            switch self {
            case .assign: "定责"
            case .requestExtension: "申请延期"
            case .approveExtension: "批准延期"
            case .submitForVerification: "提交验收"
            case .close: "销号"
            case .sendBack: "退回"
            case .reopen: "回头看"
            }
        }

        /// The capability a role needs for this action (from the one `Permissions` table).
        public var capability: Capability {
            switch self {
            case .assign: .assignItem
            case .requestExtension: .requestExtension
            case .approveExtension: .approveExtension
            case .submitForVerification: .submitForVerification
            case .close: .verifyAndClose
            case .sendBack: .sendBack
            case .reopen: .reopen
            }
        }

        /// The state this action starts from and the state it leads to.
        public var transition: (from: RectificationState, to: RectificationState) {
            switch self {
            case .assign: (.pendingAssignment, .inProgress)
            case .requestExtension, .approveExtension: (.inProgress, .inProgress)
            case .submitForVerification: (.inProgress, .awaitingVerification)
            case .close: (.awaitingVerification, .closed)
            case .sendBack: (.awaitingVerification, .inProgress)
            case .reopen: (.closed, .inProgress)
            }
        }
    }
}
