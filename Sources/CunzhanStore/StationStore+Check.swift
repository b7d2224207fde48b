import CunzhanCore
import GRDB

/// The findings of `StationStore.check()`: empty `problems` means the store is sound.
public struct StoreCheckReport: Equatable, Sendable {
    /// One Chinese sentence per problem found.
    public var problems: [String]
    /// Rows counted per table, for the summary.
    public var rowCounts: [(table: String, count: Int)]

    public var isHealthy: Bool { problems.isEmpty }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.problems == rhs.problems && lhs.rowCounts.map(\.table) == rhs.rowCounts.map(\.table)
            && lhs.rowCounts.map(\.count) == rhs.rowCounts.map(\.count)
    }
}

extension StationStore {
    /// The domain tables and the entity type of their ops.
    static let domainTables: [(table: String, type: EntityType)] = [
        (Village.table, .village), (VillagerGroup.table, .villagerGroup), (User.table, .user), (Grid.table, .grid),
        (Household.table, .household), (Member.table, .member), (Visit.table, .visit),
        (IncomeSurvey.table, .incomeSurvey), (Inspection.table, .inspection), (MonthlyTheme.table, .monthlyTheme),
        (RectificationItem.table, .rectificationItem), (ProgressEntry.table, .progressEntry),
        (SupervisionRecord.table, .supervisionRecord),
    ]

    /// Rows per domain table, without the slow integrity checks: a summary after bulk writes.
    public func rowCounts() throws(StoreError) -> [(table: String, count: Int)] {
        try read { db in
            try StationStore.domainTables.map { entry in
                (entry.table, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(entry.table)") ?? 0)
            }
        }
    }

    /// Checks the file (SQLite integrity), foreign keys, and that every domain row is reachable from its ops.
    public func check() throws(StoreError) -> StoreCheckReport {
        try read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] {
                problems.append("数据库文件损坏（SQLite 完整性检查）：" + integrity.prefix(5).joined(separator: "；"))
            }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            for row in foreignKeys.prefix(20) {
                let table: String = row["table"] ?? "?"
                let parent: String = row["parent"] ?? "?"
                problems.append("表 \(table) 的第 \(row["rowid"] as Int64? ?? 0) 行引用了 \(parent) 中不存在的记录。")
            }
            if foreignKeys.count > 20 { problems.append("另有 \(foreignKeys.count - 20) 处外键错误未列出。") }
            var counts: [(String, Int)] = []
            for (table, type) in StationStore.domainTables {
                counts.append((table, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0))
                let orphans =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(*) FROM \(table) t WHERE NOT EXISTS (
                                SELECT 1 FROM outbox o WHERE o.entity_type = ?1 AND o.entity_id = t.id
                                    AND o.kind IN ('create', 'append'))
                            AND NOT EXISTS (
                                SELECT 1 FROM applied_ops a WHERE a.entity_type = ?1 AND a.entity_id = t.id
                                    AND a.kind IN ('create', 'append'))
                            """, arguments: [type.rawValue]) ?? 0
                if orphans > 0 {
                    problems.append("\(type.chineseName)（表 \(table)）有 \(orphans) 行没有对应的变更记录（outbox），同步时会丢失。")
                }
                let dangling =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(*) FROM outbox o WHERE o.entity_type = ? AND o.kind IN ('create', 'append')
                                AND o.resolution IS NOT 'discarded' AND NOT EXISTS (SELECT 1 FROM \(table) t WHERE t.id = o.entity_id)
                            """, arguments: [type.rawValue]) ?? 0
                if dangling > 0 {
                    problems.append("变更记录中有 \(dangling) 条新建\(type.chineseName)的记录，但表 \(table) 中没有这些行。")
                }
            }
            counts.append(("outbox", try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") ?? 0))
            let maxSeq = try Int64.fetchOne(db, sql: "SELECT max(local_seq) FROM outbox") ?? 0
            let nextSeq = try Int64.fetchOne(db, sql: "SELECT next_local_seq FROM station_meta") ?? 0
            if nextSeq <= maxSeq {
                problems.append("站点信息中的下一个序号（\(nextSeq)）不大于已有的最大序号（\(maxSeq)）。")
            }
            return StoreCheckReport(problems: problems, rowCounts: counts)
        }
    }
}
