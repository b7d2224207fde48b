import CunzhanCore
import Foundation
import GRDB

/// A domain value kept in one table of the station store, with its column mapping.
///
/// The mapping is written out by hand (no reflection), so the schema stays plain SQL and a renamed
/// Swift property never silently renames a column.
protocol StoredEntity: Codable, Sendable, Equatable {
    static var entityType: EntityType { get }
    static var table: String { get }
    /// The stored columns, `id` first; derived columns included.
    static var columns: [String] { get }
    /// Whether records of this kind are append-only (ops of kind `append`, never patched).
    static var isAppendOnly: Bool { get }
    /// Whether records of this kind keep form answers in an `answers` column (and payload field).
    static var keepsAnswers: Bool { get }
    var idText: String { get }
    /// Values for `columns`, in order.
    func columnValues() -> [(any DatabaseValueConvertible)?]
    init(row: Row) throws
    /// Keeps other tables' derived columns right after this record was written.
    func didWrite(_ db: Database) throws
    /// `fields` of a create or append payload with the fields added by later schema versions filled in with
    /// their defaults, so ops written by older stations still decode.
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue]
}

extension StoredEntity {
    static var isAppendOnly: Bool { false }
    static var keepsAnswers: Bool { false }
    func didWrite(_ db: Database) throws {}
    static func withDefaults(_ fields: [String: JSONValue]) -> [String: JSONValue] { fields }

    static var selectSQL: String { "SELECT \(columns.joined(separator: ", ")) FROM \(table)" }

    static func fetch(_ db: Database, id: String) throws -> Self? {
        try Row.fetchOne(db.cachedStatement(sql: selectSQL + " WHERE id = ?"), arguments: [id]).map(Self.init(row:))
    }

    static func fetchAll(_ db: Database) throws -> [Self] {
        try Row.fetchAll(db, sql: selectSQL + " ORDER BY id").map(Self.init(row:))
    }

    func insert(_ db: Database) throws {
        let columns = Self.columns
        let sql =
            "INSERT INTO \(Self.table) (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(columnValues()))
        try didWrite(db)
    }

    func update(_ db: Database) throws {
        let columns = Self.columns.dropFirst()
        let sql = "UPDATE \(Self.table) SET " + columns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?"
        let values = Array(columnValues().dropFirst()) + [idText]
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
        try didWrite(db)
    }
}

/// Column coding helpers shared by the record mappings.
enum ColumnCoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func json(_ value: some Encodable) -> String {
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String?, column: String) throws -> T {
        guard let text, let value = try? JSONDecoder().decode(T.self, from: Data(text.utf8)) else {
            throw StoreError(.corruptRow, "数据库中的“\(column)”内容损坏，请运行 cunzhan check。")
        }
        return value
    }
}

extension Row {
    /// The text column `name` as `T`, or a `.corruptRow` error.
    func value<T: RawRepresentable>(_ name: String, as type: T.Type = T.self) throws -> T where T.RawValue == String {
        guard let text: String = self[name], let value = T(rawValue: text) else {
            throw StoreError(.corruptRow, "数据库中的“\(name)”取值无效，请运行 cunzhan check。")
        }
        return value
    }

    func optionalValue<T: RawRepresentable>(_ name: String, as type: T.Type = T.self) throws -> T?
    where T.RawValue == String {
        guard (self[name] as String?) != nil else { return nil }
        return try value(name, as: T.self)
    }

    func id<E>(_ name: String) throws -> EntityID<E> {
        guard let text: String = self[name], let id = EntityID<E>(text) else {
            throw StoreError(.corruptRow, "数据库中的编号“\(name)”损坏，请运行 cunzhan check。")
        }
        return id
    }

    func optionalID<E>(_ name: String) throws -> EntityID<E>? {
        guard self[name] as String? != nil else { return nil }
        return try id(name) as EntityID<E>
    }

    func date(_ name: String) throws -> CalendarDate {
        guard let text: String = self[name], let date = try? CalendarDate(parsing: text) else {
            throw StoreError(.corruptRow, "数据库中的日期“\(name)”损坏，请运行 cunzhan check。")
        }
        return date
    }

    func optionalDate(_ name: String) throws -> CalendarDate? {
        guard self[name] as String? != nil else { return nil }
        return try date(name)
    }

    func json<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try ColumnCoding.decodeJSON(T.self, self[name], column: name)
    }
}

extension EntityID {
    var text: String { description }
}

extension Optional where Wrapped: CustomStringConvertible {
    var text: String? { map(\.description) }
}
