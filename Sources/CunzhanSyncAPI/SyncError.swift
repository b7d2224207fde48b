/// A refusal of a whole request or bundle: a code for programs and a Chinese message for people.
///
/// It is what the server sends as the body of every 4xx/5xx answer (`ErrorResponse` is the same shape)
/// and what bundle decoding throws. Messages never carry personal data: no names, ID numbers or phones.
public struct SyncError: Error, Codable, Sendable, Equatable, CustomStringConvertible {
    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// What went wrong with the request or file.
    public enum Code: String, Codable, Sendable, CaseIterable {
        /// A malformed request: bad query, missing field, bad scope code.
        case badRequest
        /// The body is not the JSON this route expects.
        case badJSON
        /// The request or bundle speaks another protocol version (or names none).
        case unsupportedProtocol
        /// No token, or a token no station was enrolled with.
        case unauthorized
        /// The station's token was revoked.
        case revoked
        /// The body is larger than `SyncProtocol.maxRequestBytes`.
        case tooLarge
        /// The batch has more than `SyncProtocol.maxOpsPerPush` ops.
        case tooManyOps
        /// The request names another station than the token's, or an op of another station.
        case stationMismatch
        /// A bundle file that is truncated, altered or not a bundle.
        case badBundle
        /// No such route.
        case notFound
        /// The server failed; the request changed nothing and can be sent again.
        case serverError
    }
}

/// The body of every error answer of the server: `{"code": "...", "message": "..."}`.
public typealias ErrorResponse = SyncError
