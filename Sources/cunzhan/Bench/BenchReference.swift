import Foundation
import GRDB

/// Times raw SQLite reads on a data set, the reference printed beside each figure the app measures.
///
/// It opens its own read-only connection, so nothing of the store, the screens or the terminal is
/// timed: only the query SQLite needs for the same answer.
final class BenchReference {
    let queue: DatabaseQueue

    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// How long fetching every row of `sql` takes.
    func time(_ sql: String, arguments: [String] = []) throws -> Duration {
        try queue.read { db in
            let clock = ContinuousClock()
            let start = clock.now
            _ = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
            return clock.now - start
        }
    }

    /// The first `limit` rows' list positions (household number and id), to page through by keyset.
    func listPositions(limit: Int) throws -> [(number: String, id: String)] {
        try queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT household_number, id FROM households ORDER BY household_number, id LIMIT ?",
                arguments: [limit]
            ).map { (number: $0["household_number"], id: $0["id"]) }
        }
    }

    /// Raw cost of opening a fresh connection and reading the first screen: count and first page.
    static func timeOpenAndFirstPage(path: String, limit: Int) throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM households")
            _ = try Row.fetchAll(
                db, sql: "SELECT id, household_number, head_name FROM households ORDER BY household_number, id LIMIT ?",
                arguments: [limit])
        }
        let elapsed = clock.now - start
        try queue.close()
        return elapsed
    }
}
