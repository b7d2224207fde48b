import Yams

/// A parsed field plus the nodes that later checks (duplicate ids, `required_when`) point at.
struct FieldDraft {
    let field: FieldDefinition
    let idNode: Node
    /// False when the label or type was invalid, so later checks do not pile up follow-on messages.
    let isComplete: Bool
    let conditionFieldNode: Node?
    let conditionValueNodes: [Node]
}

extension DefinitionParser {
    static let fieldKeys = [
        "id", "label", "type", "required", "required_when", "choices", "min", "max", "max_length", "pattern",
        "default", "help", "core",
    ]

    /// Parses one entry of `fields:`; nil only when it has no usable id.
    mutating func parseField(_ node: Node) -> FieldDraft? {
        guard let keyed = keyed(node, allowed: Self.fieldKeys, context: "字段") else { return nil }
        guard let id = identifier(keyed, "id", context: "字段"), let idNode = keyed.value("id") else { return nil }
        let context = "字段 \(id) "
        let label = string(keyed, "label", required: true, context: context)
        let type = fieldType(keyed, context: context)
        let isRequired = bool(keyed, "required", context: context) ?? false
        let condition = requiredCondition(keyed, context: context)
        if isRequired, condition != nil, let node = keyed.value("required_when") {
            diagnostics.report("\(context)已是 required: true，不能再有 required_when，请删去其一", at: node)
        }
        let (choices, vocabulary) = choices(keyed, type: type, context: context)
        let (minimum, maximum) = bounds(keyed, type: type, context: context)
        let maxLength = onlyFor([.text], keyed, "max_length", type: type, context: context)
            .flatMap { _ in integer(keyed, "max_length", in: 1...10_000, context: context) }
        let pattern = patternValue(keyed, type: type, context: context)
        let help = string(keyed, "help", required: false, context: context)
        let isCore = bool(keyed, "core", context: context) ?? false
        var field = FieldDefinition(
            id: id, label: label ?? id, type: type ?? .text, isRequired: isRequired,
            requiredWhen: condition.map { RequiredCondition(field: $0.field, values: $0.values.map(\.text)) },
            choices: choices, vocabulary: vocabulary, minimum: minimum, maximum: maximum, maxLength: maxLength,
            pattern: pattern, defaultValue: nil, help: help, isCore: isCore,
            line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        if let type, let defaultValue = defaultValue(keyed, field: field, type: type, context: context) {
            field = field.with(defaultValue: defaultValue)
        }
        return FieldDraft(
            field: field, idNode: idNode, isComplete: label != nil && type != nil,
            conditionFieldNode: condition?.fieldNode, conditionValueNodes: condition?.values.map(\.node) ?? [])
    }

    private mutating func fieldType(_ keyed: KeyedNode, context: String) -> FieldType? {
        guard let text = string(keyed, "type", required: true, context: context) else { return nil }
        guard let type = FieldType(rawValue: text) else {
            diagnostics.report("\(context)的类型“\(text)”无效，可用类型：\(FieldType.spellings)", at: keyed.value("type"))
            return nil
        }
        return type
    }

    /// Returns the key's node when the field's type allows the key, reporting it otherwise.
    mutating func onlyFor(
        _ types: [FieldType], _ keyed: KeyedNode, _ key: String, type: FieldType?, context: String
    ) -> Node? {
        guard let node = keyed.value(key) else { return nil }
        guard let type else { return nil }
        guard types.contains(type) else {
            let allowed = types.map(\.rawValue).joined(separator: "、")
            diagnostics.report("\(context)的类型是 \(type.rawValue)，不能有 \(key)（只有 \(allowed) 字段可以）", at: node)
            return nil
        }
        return node
    }

    private mutating func requiredCondition(
        _ keyed: KeyedNode, context: String
    ) -> (field: FieldID, fieldNode: Node, values: [(text: String, node: Node)])? {
        guard let node = keyed.value("required_when") else { return nil }
        let conditionContext = "\(context)的 required_when "
        guard let condition = self.keyed(node, allowed: ["field", "equals"], context: conditionContext),
            let field = string(condition, "field", required: true, context: conditionContext),
            let fieldNode = condition.value("field")
        else { return nil }
        guard let equalsNode = condition.value("equals") else {
            diagnostics.report("\(conditionContext)缺少“equals”（另一字段取什么值时必填）", at: node)
            return nil
        }
        guard let values = texts(equalsNode, context: "\(conditionContext)的 equals ") else { return nil }
        return (field, fieldNode, values)
    }

    private mutating func patternValue(_ keyed: KeyedNode, type: FieldType?, context: String) -> String? {
        guard let node = onlyFor([.text], keyed, "pattern", type: type, context: context),
            let pattern = string(keyed, "pattern", required: false, context: context)
        else { return nil }
        do {
            _ = try Regex(pattern)
        } catch {
            diagnostics.report("\(context)的 pattern“\(pattern)”不是有效的正则表达式", at: node)
            return nil
        }
        return pattern
    }

    private mutating func defaultValue(
        _ keyed: KeyedNode, field: FieldDefinition, type: FieldType, context: String
    ) -> FieldDefault? {
        guard let node = keyed.value("default") else { return nil }
        guard let text = node.text else {
            diagnostics.report("\(context)的 default 应为文字，现在是\(node.shown)", at: node)
            return nil
        }
        switch text {
        case "today":
            guard type == .date else {
                diagnostics.report("\(context)的 default: today 只适用于 date 字段", at: node)
                return nil
            }
            return .today
        case "current-user":
            guard type == .text else {
                diagnostics.report("\(context)的 default: current-user 只适用于 text 字段", at: node)
                return nil
            }
            return .currentUser
        default:
            if let problem = field.problem(with: text) {
                diagnostics.report("\(context)的默认值“\(text)”不合格：\(problem)", at: node)
                return nil
            }
            return .literal(text)
        }
    }
}

extension FieldDefinition {
    /// A copy with another default value.
    func with(defaultValue: FieldDefault) -> FieldDefinition {
        FieldDefinition(
            id: id, label: label, type: type, isRequired: isRequired, requiredWhen: requiredWhen, choices: choices,
            vocabulary: vocabulary, minimum: minimum, maximum: maximum, maxLength: maxLength, pattern: pattern,
            defaultValue: defaultValue, help: help, isCore: isCore, line: line, column: column)
    }
}
