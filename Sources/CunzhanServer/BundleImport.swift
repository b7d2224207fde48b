import CunzhanSyncAPI
import Foundation

extension SyncService {
    /// Imports a station bundle file and returns the return bundle for it (`cunzhan-server import-bundle`).
    ///
    /// The file is checked whole first (checksum, protocol, shape): a truncated or altered file changes
    /// nothing. The station is the one bound to the bundle's station id; `stationName` binds an enrolled
    /// station that has not synced yet. Ops are applied as one push (one transaction; op ids make a second
    /// import of the same file change nothing), then every op of the station's scopes after the bundle's
    /// cursor is read back, as pages of a pull would.
    public func importBundle(_ file: Data, stationName: String? = nil) async throws -> ReturnBundle {
        let bundle = try BundleFile.decode(StationBundle.self, from: file)
        guard bundle.ops.allSatisfy({ $0.stationID == bundle.stationID }) else {
            throw SyncError(.badBundle, "同步包中有别的站点的操作，整个文件未导入。")
        }
        let station = try await station(for: bundle.stationID, named: stationName)
        let prepared = bundle.ops.map(PreparedOp.init)
        let results = try await storage.transaction(.write) { transaction in
            let bound = try await bind(station, to: bundle.stationID, in: transaction)
            return try await PushBatch(transaction: transaction, station: bound, receivedAt: now()).apply(
                prepared: prepared)
        }
        log(results, station: station.name, route: "import-bundle")
        var ops: [ServerOp] = []
        var cursor = max(bundle.cursor, 0)
        var scopes: [ScopeDigest] = []
        while true {
            let page = try await pull(PullQuery(after: cursor, limit: SyncProtocol.maxPullLimit), for: station)
            ops += page.ops
            cursor = page.next
            scopes = page.scopes
            if !page.more { break }
        }
        return ReturnBundle(
            stationID: bundle.stationID, createdAt: now(), results: results, ops: ops, next: cursor, scopes: scopes)
    }

    private func station(for stationID: String, named name: String?) async throws -> StationRecord {
        let found = try await storage.transaction(.read) { transaction -> StationRecord? in
            if let bound = try await transaction.station(boundTo: stationID) { return bound }
            guard let name else { return nil }
            return try await transaction.station(named: name)
        }
        guard let station = found else {
            throw SyncError(
                .unauthorized,
                "同步包来自未登记的站点（编号 \(stationID)）。请先 enroll 登记，并用 --station 名称 指定它。")
        }
        guard !station.revoked else {
            throw SyncError(.revoked, "站点“\(station.name)”的令牌已被吊销，不能导入它的同步包。")
        }
        return station
    }
}
