import CunzhanCore
import CunzhanStore
import CunzhanSyncAPI
import Foundation

/// USB sync for stations without a network: export the unsent ops as a station bundle, import the server's
/// return bundle (`cunzhan bundle export|import`).
///
/// Files are written with `BundleFile` (a JSON line and its SHA-256 line), so a truncated or altered file
/// is refused whole before anything is applied. Importing a return bundle twice changes nothing: answers
/// for settled ops and ops already applied are skipped, and digests only count ops past the cursor.
public struct StationBundles: Sendable {
    public let store: StationStore

    public init(store: StationStore) {
        self.store = store
    }

    /// Writes every unsent op and the pull cursor to `path`; returns how many ops it holds.
    ///
    /// The file is written whole (atomically) before the ops are marked sent, so a failed write marks nothing.
    @discardableResult
    public func export(to path: String, now: Date = Date()) throws -> Int {
        let (ops, cursor) = try storeCall {
            (try store.unsentOps(limit: 10_000_000), try store.syncSettings().pullCursor)
        }
        let bundle = StationBundle(stationID: store.stationID, createdAt: now, cursor: cursor, ops: ops)
        do {
            try BundleFile.encode(bundle).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SyncFailure(.badBundle, "无法写入上传包“\(path)”：\(error.localizedDescription)。请检查 U 盘是否插好、是否有空间。")
        }
        try storeCall { try store.markSent(ops.map(\.opID)) }
        return ops.count
    }

    /// Applies the server's return bundle at `path` in one transaction and returns what it did.
    public func importReturn(from path: String) throws -> SyncReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SyncFailure(.badBundle, "找不到或无法读取回传包“\(path)”。")
        }
        let bundle: ReturnBundle
        do {
            bundle = try BundleFile.decode(ReturnBundle.self, from: data)
        } catch {
            throw SyncFailure(.badBundle, error.message)
        }
        guard bundle.stationID == store.stationID else {
            throw SyncFailure(.badBundle, "这个回传包属于另一个站点（编号 \(bundle.stationID)），不是本站的，整个文件未导入。")
        }
        let settings = try storeCall { try store.syncSettings() }
        let ops = bundle.ops.map { PulledOp(serverSeq: $0.serverSeq, villageCode: $0.villageCode, op: $0.op) }
        var digests = ScopeDigests(json: settings.scopeDigests)
        digests.add(ops.filter { $0.serverSeq > settings.pullCursor })
        let results = bundle.results.map(OpResultRecord.init)
        let json = digests.json
        let applied = try storeCall {
            try store.applyReturn(results: results, ops: ops, cursor: bundle.next, scopeDigests: json)
        }
        var report = SyncReport()
        for result in results {
            switch result.settlement {
            case .accepted: report.accepted += 1
            case .rejected: report.rejected += 1
            case .conflict: report.conflicts += 1
            }
        }
        report.received = applied.applied
        if bundle.next >= settings.pullCursor, digests.differs(from: bundle.scopes) {
            // Something was missed: the next online sync pulls everything again.
            try storeCall { try store.resetPullCursor() }
        }
        try storeCall { try store.recordSyncFinished(atMillis: Int64(Date().timeIntervalSince1970 * 1000)) }
        return report
    }

    private func storeCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw SyncFailure(.store, error.message)
        }
    }
}
