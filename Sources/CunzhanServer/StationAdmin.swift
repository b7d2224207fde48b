import CunzhanSyncAPI
import Foundation

/// Enrolling, revoking and listing stations: what the `enroll`, `revoke` and `list` commands do.
public struct StationAdmin: Sendable {
    let storage: any ServerStorage
    let now: @Sendable () -> Date

    public init(storage: any ServerStorage, now: @escaping @Sendable () -> Date = { Date() }) {
        self.storage = storage
        self.now = now
    }

    /// Enrols a station named `name` for `scopes` and returns its token, which is shown once and never stored.
    ///
    /// `stationID` binds the token to a station store id at once (otherwise its first push binds it).
    public func enroll(name: String, scopes: [SyncScope], stationID: String? = nil) async throws -> String {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw SyncError(.badRequest, "站点名称：必填，例如 --station 红旗村站。") }
        guard !scopes.isEmpty else { throw SyncError(.badRequest, "同步范围：至少要有一个 --scope（村12位或乡镇9位代码）。") }
        let token = StationTokens.make()
        let record = StationRecord(
            name: name, stationID: stationID, scopes: Array(Set(scopes)).sorted(), revoked: false, enrolledAt: now())
        try await storage.transaction(.write) { transaction in
            guard try await transaction.station(named: name) == nil else {
                throw SyncError(.badRequest, "站点“\(name)”已经登记过；如需新令牌，请先 revoke 再用新名称登记。")
            }
            if let stationID, try await transaction.station(boundTo: stationID) != nil {
                throw SyncError(.badRequest, "站点编号 \(stationID) 已经登记在另一个站点名下。")
            }
            try await transaction.insertStation(record, tokenHash: StationTokens.hash(token))
        }
        return token
    }

    /// Revokes the token of the station named `name`: its pushes and pulls are refused from now on.
    public func revoke(name: String) async throws {
        try await storage.transaction(.write) { transaction in
            guard try await transaction.station(named: name) != nil else {
                throw SyncError(.badRequest, "没有名为“\(name)”的站点，请用 list 查看已登记的站点。")
            }
            try await transaction.revokeStation(named: name)
        }
    }

    /// Every enrolled station, by name.
    public func list() async throws -> [StationRecord] {
        try await storage.transaction(.read) { try await $0.stations() }
    }
}
