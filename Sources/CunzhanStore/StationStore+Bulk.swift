import GRDB

extension StationStore {
    /// Runs `body` with durability relaxed (`synchronous = OFF`) and a large cache, for bulk generation only.
    ///
    /// A crash during `body` may lose the bulk data but never corrupts the file; the store's durable settings
    /// come back afterwards and the WAL is checkpointed.
    func withBulkWritePragmas<T>(_ body: () throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144")
        }
        defer {
            _ = try? pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA cache_size = -2000")
                try db.checkpoint(.truncate)
            }
        }
        return try body()
    }
}
