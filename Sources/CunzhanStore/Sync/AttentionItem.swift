import CunzhanCore

/// One op of this station the server rejected or flagged as a conflict, waiting for people: a row of 需处理.
public struct AttentionItem: Sendable, Equatable, Identifiable {
    public var opID: String
    public var localSeq: Int64
    public var entityType: EntityType
    public var entityID: String
    public var kind: OpKind
    /// `.rejected` or `.conflict`.
    public var state: OpState
    /// The server's code, field and Chinese message (and current values for a conflict).
    public var detail: OpOutcomeDetail
    /// The record the op touches, in Chinese: "农户 张三（户编号 5301…0012）".
    public var recordLabel: String
    /// The op's changed fields as JSON text (the whole record for a create).
    public var payload: String
    /// The user who made the change, by name when known.
    public var authorName: String?

    public var id: String { opID }

    /// What the op did, in Chinese: 新建, 修改, 状态变更 or 作废.
    public var kindLabel: String {
        switch kind {
        case .append, .create: "新建"
        case .patch: "修改"
        case .transition: "状态变更"
        case .void: "作废"
        case .discard: "放弃"
        }
    }

    /// "被拒绝" or "有冲突".
    public var stateLabel: String { state == .conflict ? "有冲突" : "被拒绝" }
}
