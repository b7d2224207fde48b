/// A refusal of a whole roster file (no usable header, a broken mapping file, an unreadable file), with a
/// Chinese message that says what to fix. Nothing has been changed when it is thrown.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
