import CunzhanCore

/// A wire message read and written directly with `JSONTextReader` and `JSONTextWriter` instead of Foundation's
/// JSONDecoder and JSONEncoder: the messages that carry ops by the thousand (push, pull, their answers).
///
/// `SyncCoding` uses these for every such message, so station and server alike save the cost; the text is
/// the same JSON (sorted keys, nil fields left out), and anything Foundation reads the fast reader reads
/// too. Unknown keys are skipped, as `JSONDecoder` skips them.
public protocol WireCodable {
    init(wire reader: inout JSONTextReader) throws
    func write(wire writer: inout JSONTextWriter)
}

/// A required key that was not in an object.
struct MissingWireKey: Error, CustomStringConvertible {
    var key: String
    var object: String
    var description: String { "\(object) 缺少字段 \(key)" }
}

extension Optional {
    /// The value of a required key, or an error naming it.
    func required(_ key: String, in object: String) throws -> Wrapped {
        guard let self else { throw MissingWireKey(key: key, object: object) }
        return self
    }
}

/// A raw value that is not one of its type's cases.
struct InvalidWireValue: Error, CustomStringConvertible {
    var value: String
    var description: String { "取值“\(value)”无效" }
}

extension JSONTextReader {
    /// A string naming a case of `T`.
    mutating func readRaw<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        let text = try readString()
        guard let value = T(rawValue: text) else { throw InvalidWireValue(value: text) }
        return value
    }

    /// An array of wire values.
    mutating func readArray<T: WireCodable>(of type: T.Type) throws -> [T] {
        var values: [T] = []
        try enterArray()
        while try nextElement() { values.append(try T(wire: &self)) }
        return values
    }
}

extension JSONTextWriter {
    mutating func write(_ values: [some WireCodable]) {
        beginArray()
        for value in values { value.write(wire: &self) }
        endArray()
    }
}

extension Op: WireCodable {
    public init(wire reader: inout JSONTextReader) throws {
        var opID: String?
        var stationID: String?
        var localSeq: Int64?
        var txGroup: String?
        var author: String?
        var entityType: EntityType?
        var entityID: String?
        var kind: OpKind?
        var payload: String?
        var base: String?
        var hlc: String?
        var appVersion: String?
        var schemaVersion: Int64?
        try reader.enterObject()
        while let key = try reader.nextKey() {
            switch key {
            case "opID": opID = try reader.readString()
            case "stationID": stationID = try reader.readString()
            case "localSeq": localSeq = try reader.readInteger()
            case "txGroup": txGroup = try reader.readString()
            case "author": author = try reader.readOptionalString()
            case "entityType": entityType = try reader.readRaw(EntityType.self)
            case "entityID": entityID = try reader.readString()
            case "kind": kind = try reader.readRaw(OpKind.self)
            case "payload": payload = try reader.readString()
            case "base": base = try reader.readOptionalString()
            case "hlc": hlc = try reader.readString()
            case "appVersion": appVersion = try reader.readString()
            case "schemaVersion": schemaVersion = try reader.readInteger()
            default: try reader.skipValue()
            }
        }
        self.init(
            opID: try opID.required("opID", in: "Op"), stationID: try stationID.required("stationID", in: "Op"),
            localSeq: try localSeq.required("localSeq", in: "Op"), txGroup: try txGroup.required("txGroup", in: "Op"),
            author: author, entityType: try entityType.required("entityType", in: "Op"),
            entityID: try entityID.required("entityID", in: "Op"), kind: try kind.required("kind", in: "Op"),
            payload: try payload.required("payload", in: "Op"), base: base, hlc: try hlc.required("hlc", in: "Op"),
            appVersion: try appVersion.required("appVersion", in: "Op"),
            schemaVersion: Int(try schemaVersion.required("schemaVersion", in: "Op")))
    }

    /// Keys in sorted order, as `SyncCoding.encoder` writes them.
    public func write(wire writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.field("appVersion", appVersion)
        writer.field("author", author)
        writer.field("base", base)
        writer.field("entityID", entityID)
        writer.field("entityType", entityType.rawValue)
        writer.field("hlc", hlc)
        writer.field("kind", kind.rawValue)
        writer.field("localSeq", localSeq)
        writer.field("opID", opID)
        writer.field("payload", payload)
        writer.field("schemaVersion", schemaVersion)
        writer.field("stationID", stationID)
        writer.field("txGroup", txGroup)
        writer.endObject()
    }
}

extension PushRequest: WireCodable {
    public init(wire reader: inout JSONTextReader) throws {
        var version: Int64?
        var stationID: String?
        var ops: [Op]?
        try reader.enterObject()
        while let key = try reader.nextKey() {
            switch key {
            case "protocol": version = try reader.readInteger()
            case "stationID": stationID = try reader.readString()
            case "ops": ops = try reader.readArray(of: Op.self)
            default: try reader.skipValue()
            }
        }
        self.init(
            protocol: Int(try version.required("protocol", in: "PushRequest")),
            stationID: try stationID.required("stationID", in: "PushRequest"),
            ops: try ops.required("ops", in: "PushRequest"))
    }

    public func write(wire writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.key("ops")
        writer.write(ops)
        writer.field("protocol", self.protocol)
        writer.field("stationID", stationID)
        writer.endObject()
    }
}

extension PushResponse: WireCodable {
    public init(wire reader: inout JSONTextReader) throws {
        var results: [OpResult]?
        try reader.enterObject()
        while let key = try reader.nextKey() {
            if key == "results" { results = try reader.readArray(of: OpResult.self) } else { try reader.skipValue() }
        }
        self.init(results: try results.required("results", in: "PushResponse"))
    }

    public func write(wire writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.key("results")
        writer.write(results)
        writer.endObject()
    }
}

extension OpResult: WireCodable {
    public init(wire reader: inout JSONTextReader) throws {
        var opID: String?
        var outcome: OpOutcome?
        try reader.enterObject()
        while let key = try reader.nextKey() {
            switch key {
            case "opID": opID = try reader.readString()
            case "outcome": outcome = try OpOutcome(wire: &reader)
            default: try reader.skipValue()
            }
        }
        self.init(
            opID: try opID.required("opID", in: "OpResult"), outcome: try outcome.required("outcome", in: "OpResult"))
    }

    public func write(wire writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.field("opID", opID)
        writer.key("outcome")
        outcome.write(wire: &writer)
        writer.endObject()
    }
}

extension OpOutcome: WireCodable {
    public init(wire reader: inout JSONTextReader) throws {
        var status: String?
        var serverSeq: Int64?
        var current: [String: JSON]?
        var code: RejectionCode?
        var field: String?
        var message: String?
        var currentState: RectificationState?
        try reader.enterObject()
        while let key = try reader.nextKey() {
            switch key {
            case "status": status = try reader.readString()
            case "serverSeq": serverSeq = try reader.readInteger()
            case "current":
                guard case .object(let fields) = try reader.readTree() as JSON else {
                    throw InvalidWireValue(value: "current")
                }
                current = fields
            case "code": code = try reader.readRaw(RejectionCode.self)
            case "field": field = try reader.readOptionalString()
            case "message": message = try reader.readString()
            case "currentState":
                currentState = try reader.readNull() ? nil : try reader.readRaw(RectificationState.self)
            default: try reader.skipValue()
            }
        }
        switch try status.required("status", in: "OpOutcome") {
        case "applied": self = .applied(serverSeq: try serverSeq.required("serverSeq", in: "OpOutcome"))
        case "duplicate": self = .duplicate(serverSeq: try serverSeq.required("serverSeq", in: "OpOutcome"))
        case "conflict":
            self = .conflict(
                serverSeq: try serverSeq.required("serverSeq", in: "OpOutcome"),
                current: try current.required("current", in: "OpOutcome"))
        case "rejected":
            self = .rejected(
                Rejection(
                    code: try code.required("code", in: "OpOutcome"), field: field,
                    message: try message.required("message", in: "OpOutcome"), currentState: currentState))
        case let other: throw InvalidWireValue(value: other)
        }
    }

    public func write(wire writer: inout JSONTextWriter) {
        writer.beginObject()
        switch self {
        case .applied(let seq):
            writer.field("serverSeq", seq)
            writer.field("status", "applied")
        case .duplicate(let seq):
            writer.field("serverSeq", seq)
            writer.field("status", "duplicate")
        case .conflict(let seq, let current):
            writer.key("current")
            JSON.object(current).write(wire: &writer)
            writer.field("serverSeq", seq)
            writer.field("status", "conflict")
        case .rejected(let rejection):
            writer.field("code", rejection.code.rawValue)
            writer.field("currentState", rejection.currentState?.rawValue)
            writer.field("field", rejection.field)
            writer.field("message", rejection.message)
            writer.field("status", "rejected")
        }
        writer.endObject()
    }
}

extension PullResponse: WireCodable {
    public init(wire reader: inout JSONTextReader) throws {
        var ops: [ServerOp]?
        var next: Int64?
        var more: Bool?
        var scopes: [ScopeDigest]?
        try reader.enterObject()
        while let key = try reader.nextKey() {
            switch key {
            case "ops": ops = try reader.readArray(of: ServerOp.self)
            case "next": next = try reader.readInteger()
            case "more": more = try reader.readBool()
            case "scopes": scopes = try reader.readArray(of: ScopeDigest.self)
            default: try reader.skipValue()
            }
        }
        self.init(
            ops: try ops.required("ops", in: "PullResponse"), next: try next.required("next", in: "PullResponse"),
            more: try more.required("more", in: "PullResponse"),
            scopes: try scopes.required("scopes", in: "PullResponse"))
    }

    public func write(wire writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.key("more")
        writer.bool(more)
        writer.field("next", next)
        writer.key("ops")
        writer.write(ops)
        writer.key("scopes")
        writer.write(scopes)
        writer.endObject()
    }
}

extension ServerOp: WireCodable {
    public init(wire reader: inout JSONTextReader) throws {
        var serverSeq: Int64?
        var villageCode: String?
        var op: Op?
        try reader.enterObject()
        while let key = try reader.nextKey() {
            switch key {
            case "serverSeq": serverSeq = try reader.readInteger()
            case "villageCode": villageCode = try reader.readOptionalString()
            case "op": op = try Op(wire: &reader)
            default: try reader.skipValue()
            }
        }
        self.init(
            serverSeq: try serverSeq.required("serverSeq", in: "ServerOp"), villageCode: villageCode,
            op: try op.required("op", in: "ServerOp"))
    }

    public func write(wire writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.key("op")
        op.write(wire: &writer)
        writer.field("serverSeq", serverSeq)
        writer.field("villageCode", villageCode)
        writer.endObject()
    }
}

extension ScopeDigest: WireCodable {
    public init(wire reader: inout JSONTextReader) throws {
        var scope: String?
        var opCount: Int64?
        var checksum: String?
        try reader.enterObject()
        while let key = try reader.nextKey() {
            switch key {
            case "scope": scope = try reader.readString()
            case "opCount": opCount = try reader.readInteger()
            case "checksum": checksum = try reader.readString()
            default: try reader.skipValue()
            }
        }
        self.init(
            scope: try scope.required("scope", in: "ScopeDigest"),
            opCount: try opCount.required("opCount", in: "ScopeDigest"),
            checksum: try checksum.required("checksum", in: "ScopeDigest"))
    }

    public func write(wire writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.field("checksum", checksum)
        writer.field("opCount", opCount)
        writer.field("scope", scope)
        writer.endObject()
    }
}

extension JSON: JSONTree, WireCodable {
    public static var jsonNull: JSON { .null }
    public static func json(_ value: Bool) -> JSON { .bool(value) }
    public static func json(integer: Int64) -> JSON { .integer(integer) }
    public static func json(number: Double) -> JSON { .number(number) }
    public static func json(_ value: String) -> JSON { .string(value) }
    public static func json(_ values: [JSON]) -> JSON { .array(values) }
    public static func json(_ fields: [String: JSON]) -> JSON { .object(fields) }

    public init(wire reader: inout JSONTextReader) throws {
        self = try reader.readTree()
    }

    /// Object keys in sorted order.
    public func write(wire writer: inout JSONTextWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let value): writer.bool(value)
        case .integer(let value): writer.integer(value)
        case .number(let value): writer.number(value)
        case .string(let value): writer.string(value)
        case .array(let values):
            writer.beginArray()
            for value in values { value.write(wire: &writer) }
            writer.endArray()
        case .object(let fields):
            writer.beginObject()
            for key in fields.keys.sorted() {
                writer.key(key)
                fields[key]?.write(wire: &writer)
            }
            writer.endObject()
        }
    }
}
