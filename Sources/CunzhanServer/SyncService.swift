import CunzhanCore
import CunzhanSyncAPI
import Foundation
import Logging

/// The server's sync logic, independent of HTTP: authenticate a token, apply a push, answer a pull,
/// import a USB bundle. The HTTP routes and the `import-bundle` command are thin wrappers around it.
///
/// Logs carry counts, station names, op ids and codes only, never payload contents (personal data).
public struct SyncService: Sendable {
    public let storage: any ServerStorage
    let logger: Logger
    let now: @Sendable () -> Date

    public init(storage: any ServerStorage, logger: Logger, now: @escaping @Sendable () -> Date = { Date() }) {
        self.storage = storage
        self.logger = logger
        self.now = now
    }

    /// The enrolled station a bearer token belongs to; `unauthorized` or `revoked` otherwise.
    public func authenticate(token: String) async throws -> StationRecord {
        let hash = StationTokens.hash(token)
        let found = try await storage.transaction(.read) { try await $0.station(tokenHash: hash) }
        guard let station = found, let stored = try await storedHash(of: station),
            StationTokens.constantTimeEquals(stored, hash)
        else {
            throw SyncError(.unauthorized, "令牌无效：本站没有在服务器登记，或令牌输错了。请向乡镇管理员索取令牌后重新登记。")
        }
        guard !station.revoked else {
            throw SyncError(.revoked, "本站的令牌已被吊销，不能同步。请联系乡镇管理员重新登记。")
        }
        return station
    }

    private func storedHash(of station: StationRecord) async throws -> String? {
        try await storage.transaction(.read) { try await $0.tokenHash(named: station.name) }
    }

    /// Applies a push from `station` in one transaction and answers one result per op.
    ///
    /// The request is refused whole (nothing applied) when it names another station or protocol, or holds
    /// too many ops or ops of another station.
    public func push(_ request: PushRequest, from station: StationRecord) async throws -> PushResponse {
        try check(request)
        // Parsing and validating the payloads needs no database: done before the write lock, so requests of
        // other stations share that work while one batch holds the lock.
        let prepared = request.ops.map(PreparedOp.init)
        let results = try await storage.transaction(.write) { transaction in
            let bound = try await bind(station, to: request.stationID, in: transaction)
            return try await PushBatch(transaction: transaction, station: bound, receivedAt: now()).apply(
                prepared: prepared)
        }
        log(results, station: station.name, route: "push")
        return PushResponse(results: results)
    }

    /// The ops of `station`'s scopes after `query.after`, one page, with digests on the last page.
    public func pull(_ query: PullQuery, for station: StationRecord) async throws -> PullResponse {
        guard query.after >= 0, query.limit > 0 else {
            throw SyncError(.badRequest, "拉取参数无效：after 不能为负数，limit 必须大于0。")
        }
        let limit = min(query.limit, SyncProtocol.maxPullLimit)
        let response = try await storage.transaction(.read) { transaction in
            try await PullPage.read(after: query.after, limit: limit, scopes: station.scopes, in: transaction)
        }
        logger.info(
            "pull", metadata: ["station": "\(station.name)", "after": "\(query.after)", "ops": "\(response.ops.count)"])
        return response
    }

    func check(_ request: PushRequest) throws(SyncError) {
        guard request.protocol == SyncProtocol.version else {
            throw SyncError(
                .unsupportedProtocol, "协议版本 \(request.protocol) 不受支持，服务器只支持版本 \(SyncProtocol.version)，请升级村站程序。")
        }
        guard request.ops.count <= SyncProtocol.maxOpsPerPush else {
            throw SyncError(
                .tooManyOps, "一次最多上传 \(SyncProtocol.maxOpsPerPush) 条操作，这次有 \(request.ops.count) 条，请分批上传。")
        }
        guard request.ops.allSatisfy({ $0.stationID == request.stationID }) else {
            throw SyncError(.stationMismatch, "上传的操作中有别的站点的操作，整批未处理。")
        }
    }

    /// The station bound to `stationID` (at its first push); `stationMismatch` when bound to another id.
    ///
    /// Reads the station again inside the transaction, so two first pushes at once bind it only once.
    func bind(_ station: StationRecord, to stationID: String, in transaction: any StorageTransaction) async throws
        -> StationRecord
    {
        guard var current = try await transaction.station(named: station.name), !current.revoked else {
            throw SyncError(.revoked, "本站的令牌已被吊销，不能同步。请联系乡镇管理员重新登记。")
        }
        if let bound = current.stationID {
            guard bound == stationID else {
                throw SyncError(.stationMismatch, "令牌属于另一个村站，不能用于这个站点的数据。")
            }
            return current
        }
        guard !stationID.isEmpty, try await transaction.station(boundTo: stationID) == nil else {
            throw SyncError(.stationMismatch, "这个站点编号已经登记在另一个令牌下，不能重复登记。")
        }
        try await transaction.bindStation(named: current.name, to: stationID)
        current.stationID = stationID
        return current
    }

    func log(_ results: [OpResult], station: String, route: String) {
        var counts: [String: Int] = [:]
        for result in results {
            switch result.outcome {
            case .applied: counts["applied", default: 0] += 1
            case .duplicate: counts["duplicate", default: 0] += 1
            case .conflict: counts["conflict", default: 0] += 1
            case .rejected(let rejection): counts["rejected." + rejection.code.rawValue, default: 0] += 1
            }
        }
        var metadata: Logger.Metadata = ["station": "\(station)", "ops": "\(results.count)"]
        for (key, count) in counts { metadata[key] = "\(count)" }
        logger.info("\(route)", metadata: metadata)
        for result in results {
            if case .rejected(let rejection) = result.outcome {
                logger.debug("rejected", metadata: ["op": "\(result.opID)", "code": "\(rejection.code.rawValue)"])
            }
        }
    }
}
