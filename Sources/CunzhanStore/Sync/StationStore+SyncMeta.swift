import Foundation
import GRDB

/// What a station remembers about its server between syncs.
///
/// The token is a secret: it stays in the store file, is sent only in the `Authorization` header, and
/// `description` leaves it out so it can never reach a log line by accident.
public struct SyncSettings: Sendable, Equatable, CustomStringConvertible {
    /// The server's base address (`http://10.0.0.2:8080`), nil before enrolment.
    public var serverURL: String?
    /// The enrolled station token, nil before enrolment.
    public var token: String?
    /// The last server sequence this station has applied; pulls continue after it.
    public var pullCursor: Int64
    /// When the last sync finished, in ms since 1970; nil when the station never synced.
    public var lastSyncMillis: Int64?
    /// The scope digests of the last pull, as JSON text (the sync client owns their shape).
    public var scopeDigests: String

    public var isEnrolled: Bool { serverURL != nil && token != nil }

    public var description: String {
        "SyncSettings(server: \(serverURL ?? "-"), token: \(token == nil ? "none" : "set"), cursor: \(pullCursor))"
    }
}

extension StationStore {
    /// The station's sync settings.
    public func syncSettings() throws(StoreError) -> SyncSettings {
        try read { db in try StationStore.syncSettings(db) }
    }

    static func syncSettings(_ db: Database) throws -> SyncSettings {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM sync_meta WHERE id = 1") else {
            throw StoreError(.corruptRow, "数据库缺少同步信息（sync_meta），请运行 cunzhan check。")
        }
        return SyncSettings(
            serverURL: row["server_url"], token: row["station_token"], pullCursor: row["pull_cursor"],
            lastSyncMillis: row["last_sync_at"], scopeDigests: row["scope_digests"])
    }

    /// Records the server and token of `cunzhan enroll`; a new server starts pulling from the beginning.
    public func enroll(serverURL: String, token: String) throws(StoreError) {
        let url = serverURL.trimmingCharacters(in: .whitespaces)
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
            throw StoreError(.invalidValue, "服务器地址“\(url)”无效：应以 http:// 或 https:// 开头，例如 http://10.0.0.2:8080。")
        }
        let trimmedToken = token.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmedToken.isEmpty else {
            throw StoreError(.invalidValue, "令牌不能为空：请填写服务器 cunzhan-server enroll 打印的令牌。")
        }
        try writeSync { db in
            let previous = try String.fetchOne(db, sql: "SELECT server_url FROM sync_meta WHERE id = 1")
            let cursorReset = previous != nil && previous != url ? ", pull_cursor = 0, scope_digests = '[]'" : ""
            try db.execute(
                sql: "UPDATE sync_meta SET server_url = ?, station_token = ?\(cursorReset) WHERE id = 1",
                arguments: [url, trimmedToken])
        }
    }

    /// Changes the server address only (`cunzhan sync --server URL`), keeping the token.
    public func setServerURL(_ url: String) throws(StoreError) {
        let settings = try syncSettings()
        try enroll(serverURL: url, token: settings.token ?? "")
    }

    /// Remembers the time a sync finished (上次同步).
    public func recordSyncFinished(atMillis millis: Int64) throws(StoreError) {
        try writeSync { db in
            try db.execute(sql: "UPDATE sync_meta SET last_sync_at = ? WHERE id = 1", arguments: [millis])
        }
    }

    /// Starts pulling from the beginning again (a full resync after drift), with the digests emptied so they
    /// are rebuilt from every op; ops applied before are still skipped.
    public func resetPullCursor() throws(StoreError) {
        try writeSync { db in
            try db.execute(sql: "UPDATE sync_meta SET pull_cursor = 0, scope_digests = '[]' WHERE id = 1")
        }
    }

    /// One write transaction of sync bookkeeping, with errors mapped to `StoreError`.
    func writeSync<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError.wrap(error)
        }
    }
}

extension StationStore {
    /// How many server-ordered ops this station holds: other stations' ops applied here plus its own ops
    /// the server accepted. Compared with the server's op counts per scope to detect drift.
    public func serverOpCountSeen() throws(StoreError) -> Int {
        try read { db in
            let applied = try Int.fetchOne(db, sql: "SELECT count(*) FROM applied_ops") ?? 0
            let own = try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE server_seq IS NOT NULL") ?? 0
            return applied + own
        }
    }
}

extension StationStore {
    /// How many of this station's own ops are in the server's stream (accepted or applied with a conflict).
    public func acceptedOwnOpCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE server_seq IS NOT NULL") ?? 0 }
    }

    /// The ids of the other stations' ops applied here, for checks that nothing arrived twice.
    public func appliedOpIDs() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT op_id FROM applied_ops ORDER BY op_id") }
    }
}
