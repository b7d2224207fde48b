import CunzhanCore
import Yams

/// Choices, bounds and `required_when` checks of form fields.
extension DefinitionParser {
    /// The field's choices: a listed set, a vocabulary's labels, or 是/否 for yes-no.
    mutating func choices(_ keyed: KeyedNode, type: FieldType?, context: String) -> ([String], Vocabulary?) {
        if type == .yesNo {
            if let node = keyed.value("choices") {
                diagnostics.report("\(context)的类型是 yes-no，选项固定为 是/否，不能有 choices", at: node)
            }
            return (YesNo.labels, nil)
        }
        guard let type else { return ([], nil) }
        guard type.hasChoices else {
            if let node = keyed.value("choices") {
                diagnostics.report(
                    "\(context)的类型是 \(type.rawValue)，不能有 choices（只有 choice、multi-choice 字段可以）", at: node)
            }
            return ([], nil)
        }
        guard let node = keyed.value("choices") else {
            diagnostics.report(
                "\(context)的类型是 \(type.rawValue)，缺少 choices（选项列表，或 from: <词表>）", at: keyed.node)
            return ([], nil)
        }
        return choiceList(node, context: context)
    }

    /// Reads `choices:` as a list of labels or as `{from: <vocabulary>}` (also used by list filters).
    mutating func choiceList(_ node: Node, context: String) -> ([String], Vocabulary?) {
        if case .mapping = node {
            guard let source = keyed(node, allowed: ["from"], context: "\(context)的 choices "),
                let name = string(source, "from", required: true, context: "\(context)的 choices ")
            else { return ([], nil) }
            guard let vocabulary = Vocabulary(rawValue: name) else {
                diagnostics.report(
                    "\(context)的选项来源“\(name)”无效，可用词表：\(Vocabulary.spellings)", at: source.value("from"))
                return ([], nil)
            }
            return (vocabulary.labels, vocabulary)
        }
        guard case .sequence(let sequence) = node else {
            diagnostics.report("\(context)的 choices 应为选项列表或 from: <词表>，现在是“\(node.shown)”", at: node)
            return ([], nil)
        }
        guard !sequence.isEmpty else {
            diagnostics.report("\(context)的 choices 是空列表，至少需要一个选项", at: node)
            return ([], nil)
        }
        var labels: [String] = []
        for item in sequence {
            guard let label = item.text?.trimmingWhitespace(), !label.isEmpty else {
                diagnostics.report("\(context)的每个选项应为非空文字，现在是“\(item.shown)”", at: item)
                continue
            }
            if labels.contains(label) {
                diagnostics.report("\(context)的选项“\(label)”重复", at: item)
                continue
            }
            labels.append(label)
        }
        return (labels, nil)
    }

    /// `min` and `max`: whole numbers for integer fields, 元 (stored as fen) for money fields.
    mutating func bounds(_ keyed: KeyedNode, type: FieldType?, context: String) -> (Int?, Int?) {
        let read = { (parser: inout DefinitionParser, key: String) -> Int? in
            guard let node = parser.onlyFor([.integer, .money], keyed, key, type: type, context: context) else {
                return nil
            }
            let text = node.text ?? ""
            let value = type == .money ? MoneyText.fen(from: text) : Int(text)
            if value == nil {
                let expected = type == .money ? "金额（元，最多两位小数）" : "整数"
                parser.diagnostics.report("\(context)的 \(key) 应为\(expected)，现在是“\(node.shown)”", at: node)
            }
            return value
        }
        let minimum = read(&self, "min")
        let maximum = read(&self, "max")
        if let minimum, let maximum, minimum > maximum {
            diagnostics.report("\(context)的 min 大于 max，请对调或改正", at: keyed.value("min"))
            return (nil, nil)
        }
        return (minimum, maximum)
    }

    /// Every `required_when` must name another field of the form and a value that field can hold.
    mutating func checkConditions(_ drafts: [FieldDraft]) {
        let byID = Dictionary(drafts.map { ($0.field.id, $0) }, uniquingKeysWith: { first, _ in first })
        for draft in drafts {
            guard let condition = draft.field.requiredWhen else { continue }
            let context = "字段 \(draft.field.id) 的 required_when "
            guard condition.field != draft.field.id else {
                diagnostics.report("\(context)不能指向字段自己", at: draft.conditionFieldNode)
                continue
            }
            guard let target = byID[condition.field] else {
                let known = drafts.map(\.field.id).joined(separator: ", ")
                diagnostics.report(
                    "\(context)指向不存在的字段“\(condition.field)”，本表单的字段：\(known)", at: draft.conditionFieldNode)
                continue
            }
            guard target.isComplete else { continue }
            for (value, node) in zip(condition.values, draft.conditionValueNodes) {
                if !target.field.choices.isEmpty {
                    if !target.field.choices.contains(value) {
                        diagnostics.report(
                            "\(context)的值“\(value)”不可能出现：字段 \(target.field.id) 的选项只有 "
                                + target.field.choices.joined(separator: ", "), at: node)
                    }
                } else if let problem = target.field.problem(with: value) {
                    diagnostics.report("\(context)的值“\(value)”不可能出现：\(problem)", at: node)
                }
            }
        }
    }
}
