import CunzhanCore
import Yams

/// Typed reading of YAML nodes: each helper reports what is wrong and returns nil instead of throwing,
/// so parsing carries on and collects every problem of the file.
extension DefinitionParser {
    /// The node as a mapping whose keys are all in `allowed`; unknown keys are reported at the key.
    mutating func keyed(_ node: Node, allowed: [String], context: String) -> KeyedNode? {
        guard case .mapping(let mapping) = node else {
            diagnostics.report("\(context)应为键值对（如 id: xxx），现在是“\(node.shown)”", at: node)
            return nil
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.text else {
                diagnostics.report("\(context)的键应为文字", at: keyNode)
                continue
            }
            guard allowed.contains(key) else {
                diagnostics.report(
                    "\(context)中的键“\(key)”无效，可用的键：\(allowed.joined(separator: ", "))", at: keyNode)
                continue
            }
            entries.append((key, keyNode, value))
        }
        return KeyedNode(node: node, entries: entries)
    }

    /// A non-empty text value; reports a missing key when `required`.
    mutating func string(_ keyed: KeyedNode, _ key: String, required: Bool, context: String) -> String? {
        guard let node = keyed.value(key) else {
            if required { diagnostics.report("\(context)缺少“\(key)”", at: keyed.node) }
            return nil
        }
        guard let text = node.text else {
            diagnostics.report("\(context)的“\(key)”应为文字，现在是\(node.shown)", at: node)
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else {
            diagnostics.report("\(context)的“\(key)”不能为空", at: node)
            return nil
        }
        return trimmed
    }

    /// An id: lowercase ASCII letters, digits, `-` and `_`, starting with a letter.
    mutating func identifier(_ keyed: KeyedNode, _ key: String, context: String) -> String? {
        guard let id = string(keyed, key, required: true, context: context) else { return nil }
        guard Self.isIdentifier(id) else {
            diagnostics.report(
                "\(context)的编号“\(id)”无效：只能用小写英文字母、数字、- 和 _，并以字母开头", at: keyed.value(key))
            return nil
        }
        return id
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    /// `true` or `false`; nil (with a report) for anything else, nil without one when the key is absent.
    mutating func bool(_ keyed: KeyedNode, _ key: String, context: String) -> Bool? {
        guard let node = keyed.value(key) else { return nil }
        switch node.text?.lowercased() {
        case "true": return true
        case "false": return false
        default:
            diagnostics.report("\(context)的“\(key)”应为 true 或 false，现在是“\(node.shown)”", at: node)
            return nil
        }
    }

    /// A whole number inside `range`.
    mutating func integer(_ keyed: KeyedNode, _ key: String, in range: ClosedRange<Int>, context: String) -> Int? {
        guard let node = keyed.value(key) else { return nil }
        guard let text = node.text, let value = Int(text) else {
            diagnostics.report("\(context)的“\(key)”应为整数，现在是“\(node.shown)”", at: node)
            return nil
        }
        guard range.contains(value) else {
            diagnostics.report(
                "\(context)的“\(key)”为 \(value)，应在 \(range.lowerBound) 到 \(range.upperBound) 之间", at: node)
            return nil
        }
        return value
    }

    /// A non-empty list of nodes; reports a missing key when `required` and an empty list always.
    mutating func sequence(_ keyed: KeyedNode, _ key: String, required: Bool, context: String) -> [Node]? {
        guard let node = keyed.value(key) else {
            if required { diagnostics.report("\(context)缺少“\(key)”", at: keyed.node) }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            diagnostics.report("\(context)的“\(key)”应为列表（每项以“- ”开头），现在是“\(node.shown)”", at: node)
            return nil
        }
        guard !sequence.isEmpty else {
            diagnostics.report("\(context)的“\(key)”是空列表，至少需要一项", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// Texts from a scalar or a list of scalars (`by: number` or `by: [group, number]`).
    mutating func texts(_ node: Node, context: String) -> [(text: String, node: Node)]? {
        if let text = node.text { return [(text, node)] }
        guard case .sequence(let sequence) = node, !sequence.isEmpty else {
            diagnostics.report("\(context)应为文字或非空的文字列表", at: node)
            return nil
        }
        var result: [(text: String, node: Node)] = []
        for item in sequence {
            guard let text = item.text else {
                diagnostics.report("\(context)的每一项应为文字，现在是\(item.shown)", at: item)
                continue
            }
            result.append((text, item))
        }
        return result
    }
}
