import CunzhanCore
import CunzhanStore
import Foundation

/// The station side of sync: pushes pending ops in batches, pulls pages until the server has no more,
/// applies them, and retries network errors with backoff.
///
/// Resumable by construction: every batch's answers and every page are committed as they arrive (one
/// transaction each), ops sent without an answer are sent again (the server's op_id idempotency answers
/// `duplicate`), and the pull cursor moves only with the page it belongs to. Nothing is lost and nothing
/// is applied twice however the connection breaks.
public struct SyncClient: Sendable {
    public let store: StationStore
    let connection: any SyncServerConnection
    let retry: RetryPolicy
    /// Ops per push request (the server's batch limit is 1,000).
    public var pushBatchSize = 500
    /// Ops per pull page.
    public var pullPageSize = 1000

    init(store: StationStore, connection: any SyncServerConnection, retry: RetryPolicy) {
        self.store = store
        self.connection = connection
        self.retry = retry
    }

    /// One sync: push everything unsent, then pull until the server has no more; with `progress` after
    /// every batch and page. Throws `SyncFailure`.
    public func sync(progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }) async throws -> SyncReport {
        var report = SyncReport()
        progress(SyncProgress(phase: .connecting, done: 0, total: 0))
        try await push(into: &report, progress: progress)
        try await pull(into: &report, progress: progress)
        try storeCall { try store.recordSyncFinished(atMillis: nowMillis()) }
        return report
    }

    /// Pushes every unsent op, a batch at a time.
    func push(into report: inout SyncReport, progress: @escaping @Sendable (SyncProgress) -> Void) async throws {
        let total = try storeCall { try store.unsentOpCount() }
        var done = 0
        progress(SyncProgress(phase: .pushing, done: 0, total: total))
        while true {
            let batch = try storeCall { try store.unsentOps(limit: pushBatchSize) }
            if batch.isEmpty { break }
            try storeCall { try store.markSent(batch.map(\.opID)) }
            let results: [OpResultRecord]
            do {
                results = try await withRetries(&report) { try await connection.push(batch) }
            } catch let error as SyncFailure {
                try? store.recordSendFailure(batch.map(\.opID), message: error.message)
                throw error
            }
            let answered = Set(results.map(\.opID))
            guard batch.allSatisfy({ answered.contains($0.opID) }) else {
                throw SyncFailure(.server, "服务器没有回答这一批的全部变更，已停止上传。请稍后再同步。")
            }
            try storeCall { try store.recordResults(results) }
            for result in results {
                switch result.settlement {
                case .accepted: report.accepted += 1
                case .rejected: report.rejected += 1
                case .conflict: report.conflicts += 1
                }
            }
            done += batch.count
            progress(SyncProgress(phase: .pushing, done: done, total: max(total, done)))
        }
    }

    /// Pulls pages after the cursor until the server says there is no more; when the server's scope digests
    /// differ from the station's own (ops missed or lost), pulls everything again from 0 (ops seen before
    /// are skipped, the missing ones applied).
    func pull(into report: inout SyncReport, progress: @escaping @Sendable (SyncProgress) -> Void) async throws {
        if try await pullAll(into: &report, progress: progress) {
            try storeCall { try store.resetPullCursor() }
            report.resynced = true
            _ = try await pullAll(into: &report, progress: progress)
        }
    }

    /// Pulls until the last page; true when the last page's digests show drift.
    private func pullAll(into report: inout SyncReport, progress: @escaping @Sendable (SyncProgress) -> Void)
        async throws -> Bool
    {
        let settings = try storeCall { try store.syncSettings() }
        var cursor = settings.pullCursor
        var digests = ScopeDigests(json: settings.scopeDigests)
        var received = 0
        progress(SyncProgress(phase: .pulling, done: 0, total: 0))
        while true {
            let after = cursor
            let page = try await withRetries(&report) { try await connection.pull(after: after, limit: pullPageSize) }
            digests.add(page.ops)
            let json = digests.json
            let applied = try storeCall { try store.applyPulled(page.ops, cursor: page.next, scopeDigests: json) }
            report.received += applied.applied
            received += page.ops.count
            progress(SyncProgress(phase: .pulling, done: received, total: received + (page.more ? pullPageSize : 0)))
            guard page.more, page.next > cursor else { return digests.differs(from: page.scopes) }
            cursor = page.next
        }
    }

    /// Runs `call`, retrying network errors with the policy's backoff.
    func withRetries<T>(_ report: inout SyncReport, _ call: () async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await call()
            } catch let error as SyncFailure where error.code == .network && attempt < retry.maxAttempts {
                await retry.sleep(retry.delay(beforeRetry: attempt))
                attempt += 1
                report.retries += 1
            }
        }
    }

    /// Runs a store call, turning its `StoreError` into a `SyncFailure` the sync reports.
    func storeCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw SyncFailure(.store, error.message)
        }
    }

    private func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
