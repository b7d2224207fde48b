import CunzhanCore

/// The server's answer for one op (DESIGN.md §4): applied, duplicate, rejected or conflict.
///
/// On the wire it is one flat object tagged by `status`, for example
/// `{"serverSeq":42,"status":"applied"}` or
/// `{"code":"illegalTransition","currentState":"closed","message":"…","status":"rejected"}`.
public enum OpOutcome: Codable, Sendable, Equatable {
    /// Applied; it is in the server's stream at `serverSeq`.
    case applied(serverSeq: Int64)
    /// This op id was applied before (at `serverSeq`); nothing changed now.
    case duplicate(serverSeq: Int64)
    /// Refused: nothing of it was applied. Resending the same op id evaluates it again.
    case rejected(Rejection)
    /// A patch whose base no longer matched: applied (its values win, in server order) and flagged;
    /// `current` holds the server's values of the conflicting fields just before it was applied.
    case conflict(serverSeq: Int64, current: [String: JSON])

    /// The server sequence of an op that is in the stream (applied, duplicate, conflict); nil when rejected.
    public var serverSeq: Int64? {
        switch self {
        case .applied(let seq), .duplicate(let seq), .conflict(let seq, _): seq
        case .rejected: nil
        }
    }

    private enum Status: String, Codable {
        case applied, duplicate, rejected, conflict
    }

    private enum CodingKeys: String, CodingKey {
        case status, serverSeq, current, code, field, message, currentState
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Status.self, forKey: .status) {
        case .applied: self = .applied(serverSeq: try container.decode(Int64.self, forKey: .serverSeq))
        case .duplicate: self = .duplicate(serverSeq: try container.decode(Int64.self, forKey: .serverSeq))
        case .conflict:
            self = .conflict(
                serverSeq: try container.decode(Int64.self, forKey: .serverSeq),
                current: try container.decode([String: JSON].self, forKey: .current))
        case .rejected:
            self = .rejected(
                Rejection(
                    code: try container.decode(RejectionCode.self, forKey: .code),
                    field: try container.decodeIfPresent(String.self, forKey: .field),
                    message: try container.decode(String.self, forKey: .message),
                    currentState: try container.decodeIfPresent(RectificationState.self, forKey: .currentState)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .applied(let seq):
            try container.encode(Status.applied, forKey: .status)
            try container.encode(seq, forKey: .serverSeq)
        case .duplicate(let seq):
            try container.encode(Status.duplicate, forKey: .status)
            try container.encode(seq, forKey: .serverSeq)
        case .conflict(let seq, let current):
            try container.encode(Status.conflict, forKey: .status)
            try container.encode(seq, forKey: .serverSeq)
            try container.encode(current, forKey: .current)
        case .rejected(let rejection):
            try container.encode(Status.rejected, forKey: .status)
            try container.encode(rejection.code, forKey: .code)
            try container.encodeIfPresent(rejection.field, forKey: .field)
            try container.encode(rejection.message, forKey: .message)
            try container.encodeIfPresent(rejection.currentState, forKey: .currentState)
        }
    }
}

/// Why an op was refused: a code for programs, the field it concerns, a Chinese message for people.
public struct Rejection: Codable, Sendable, Equatable, Error {
    public var code: RejectionCode
    /// The Chinese label of the field at fault, when one field is.
    public var field: String?
    /// What is wrong and what to do, in Chinese; never holds personal data such as ID numbers.
    public var message: String
    /// For `illegalTransition`: the item's state on the server now.
    public var currentState: RectificationState?

    public init(code: RejectionCode, field: String? = nil, message: String, currentState: RectificationState? = nil) {
        self.code = code
        self.field = field
        self.message = message
        self.currentState = currentState
    }
}

/// The reasons an op can be refused.
public enum RejectionCode: String, Codable, Sendable, CaseIterable {
    /// The op's entity lies outside the station's scope (its villages or township).
    case outOfScope
    /// The author's role may not do this (or the author is unknown or disabled).
    case notAllowed
    /// A workflow transition that is not legal from the item's current state (see `currentState`).
    case illegalTransition
    /// The payload does not decode into its record type or fails the domain validators.
    case invalidValue
    /// The op names a record the server does not have (patch, transition or void before create).
    case unknownEntity
    /// An earlier op of the same batch or queue on the same entity was rejected; this one waits for it.
    case blocked
    /// Reference data (monthly themes, township users) is decided by the server; the station's change was not taken.
    case serverWins
}
