import Yams

/// The problems found so far in one file, each pinned to a YAML node's position.
struct Diagnostics {
    let file: String
    private(set) var errors: [DefinitionError] = []

    init(file: String) { self.file = file }

    /// Records `message` at the node's position (line 1, column 1 when the node has none).
    mutating func report(_ message: String, at node: Node?) {
        report(message, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    mutating func report(_ message: String, line: Int, column: Int) {
        errors.append(DefinitionError(file: file, line: line, column: column, message: message))
    }
}

/// A YAML mapping whose keys are checked against the keys a definition allows.
///
/// Keeping each key's node lets problems point at the key (unknown key) or at the mapping itself
/// (missing key), so every message carries the right line and column.
struct KeyedNode {
    /// The mapping node (its mark is where the mapping starts).
    let node: Node
    let entries: [(key: String, keyNode: Node, value: Node)]

    func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }

    func has(_ key: String) -> Bool { value(key) != nil }
}

/// A node's text when it is a scalar.
extension Node {
    var text: String? { scalar?.string }

    /// The node's text for messages: the scalar itself, or a word for a list or mapping.
    var shown: String {
        switch self {
        case .scalar(let scalar): scalar.string
        case .sequence: "列表"
        case .mapping: "键值对"
        case .alias: "别名"
        }
    }
}
