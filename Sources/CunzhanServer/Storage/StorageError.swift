/// A failure of the server's database (cannot open, constraint broken, connection lost).
///
/// The message is for the operator's log and console; the HTTP layer answers `serverError` without it,
/// so nothing of the database's text reaches a station.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
