import CunzhanCore
import Foundation
import GRDB

extension StationStore {
    /// The ops waiting for people (需处理): rejected and conflicting ops not yet resent or discarded, oldest first.
    public func attentionItems(limit: Int = 500) throws(StoreError) -> [AttentionItem] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.*, u.name AS author_name FROM outbox o LEFT JOIN users u ON u.id = o.author
                    WHERE o.state IN ('rejected', 'conflict') AND o.resolution IS NULL
                    ORDER BY o.local_seq LIMIT ?
                    """, arguments: [limit])
            return try rows.map { row in
                let op = try StationStore.op(from: row)
                let detail =
                    (row["outcome"] as String?).flatMap { text in
                        try? JSONDecoder().decode(OpOutcomeDetail.self, from: Data(text.utf8))
                    } ?? OpOutcomeDetail(code: "unknown", field: nil, message: row["last_error"] ?? "服务器未说明原因。")
                return AttentionItem(
                    opID: op.opID, localSeq: op.localSeq, entityType: op.entityType, entityID: op.entityID,
                    kind: op.kind, state: try row.value("state"), detail: detail,
                    recordLabel: try RecordLabel.of(db, type: op.entityType, id: op.entityID), payload: op.payload,
                    authorName: row["author_name"])
            }
        }
    }

    /// How many ops wait for people (需处理 m).
    public func attentionCount() throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM outbox WHERE state IN ('rejected', 'conflict') AND resolution IS NULL")
                ?? 0
        }
    }

    /// The top bar's sync counts: 待上传 n, 需处理 m and the last sync time.
    public func syncStatus() throws(StoreError) -> SyncStatus {
        let settings = try syncSettings()
        return SyncStatus(
            unsent: try unsentOpCount(), needsAttention: try attentionCount(), lastSyncMillis: settings.lastSyncMillis)
    }
}

/// The sync counts the top bar shows: "待上传 3 | 需处理 1 | 上次同步 14:05".
public struct SyncStatus: Sendable, Equatable {
    public var unsent: Int
    public var needsAttention: Int
    public var lastSyncMillis: Int64?

    public init(unsent: Int, needsAttention: Int, lastSyncMillis: Int64?) {
        self.unsent = unsent
        self.needsAttention = needsAttention
        self.lastSyncMillis = lastSyncMillis
    }

    /// The status text; times in Beijing time (the station's zone), "从未" before the first sync.
    public var text: String {
        "待上传 \(unsent) | 需处理 \(needsAttention) | 上次同步 \(lastSyncText)"
    }

    /// "14:05" for a sync today, "03-18 14:05" for an older one (both Beijing time).
    public func lastSyncText(now: Date = Date()) -> String {
        guard let millis = lastSyncMillis else { return "从未" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        let date = Date(timeIntervalSince1970: Double(millis) / 1000)
        let parts = calendar.dateComponents([.month, .day, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        if calendar.isDate(date, inSameDayAs: now) { return time }
        return String(format: "%02d-%02d ", parts.month ?? 0, parts.day ?? 0) + time
    }

    private var lastSyncText: String { lastSyncText() }
}
