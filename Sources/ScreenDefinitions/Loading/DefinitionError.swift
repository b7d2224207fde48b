/// One problem in a `Screens/` definition file: where it is and, in Chinese, what is wrong.
///
/// The loader collects every problem of a file rather than stopping at the first, so whoever edits a
/// questionnaire can fix them all in one pass. `description` is the line the program prints, e.g.
/// `Screens/visit.yaml 第 12 行第 5 列：字段 notes 的类型 “txt” 无效，可用类型：text, integer, …`.
public struct DefinitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as named to the user (`Screens/visit.yaml`, or the override path).
    public let file: String
    /// 1-based line of the offending key or value.
    public let line: Int
    /// 1-based column, counted in characters (Unicode scalars).
    public let column: Int
    /// What is wrong and how to fix it, in Chinese.
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file) 第 \(line) 行第 \(column) 列：\(message)" }
}

/// Every problem found while loading definitions, thrown as one error so the program can list them all.
public struct DefinitionErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems in file order, then line and column order.
    public let errors: [DefinitionError]

    public init(_ errors: [DefinitionError]) {
        self.errors = errors.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    /// One problem per line, followed by a short note that the program will not start with them.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
