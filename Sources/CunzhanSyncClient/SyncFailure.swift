/// Why a sync or a bundle could not be done, with a stable code and a Chinese message for people.
///
/// Messages never carry the station token or personal data: they name the server, the step and the fix.
public struct SyncFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// The station has no server or token yet (`cunzhan enroll`).
        case notEnrolled
        /// The server could not be reached, or the connection broke, after every retry.
        case network
        /// The server refused the token.
        case unauthorized
        /// The server speaks another protocol version.
        case protocolMismatch
        /// The server answered with an error or something that is not its protocol.
        case server
        /// A bundle file is truncated, altered or not a bundle of this station.
        case badBundle
        /// The station store refused (its message says why).
        case store
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
