/// A refusal of user input: which field, and a Chinese sentence that says what is wrong and how to fix it.
///
/// Forms show `message` under the field named by `field`; command-line tools print it as is.
public struct ValidationError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The field's Chinese label, e.g. "证件号码".
    public let field: String
    /// The whole message, naming the field, e.g. "证件号码：校验位应为 X，请核对后重新输入".
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// A message of the form "<field>：<problem>".
    public init(field: String, problem: String) {
        self.init(field: field, message: "\(field)：\(problem)")
    }

    public var description: String { message }
}
