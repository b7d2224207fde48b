import ArgumentParser
import CunzhanServer
import CunzhanSyncAPI

/// `cunzhan-server enroll --station NAME --scope CODE…`: prints the new station's token once.
struct Enroll: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "登记一个村站并打印它的令牌（只显示这一次，服务器只保存其散列）。")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "站点名称，例如 红旗村站") var station: String
    @Option(help: "同步范围：村12位或乡镇9位统计用区划代码；可重复") var scope: [String]
    @Option(help: "把令牌直接绑定到村站的站点编号（否则首次上传时绑定）") var stationID: String?

    func run() async throws {
        let scopes = try scope.map { code throws(SyncError) in try SyncScope(code) }
        let token = try await ServerDatabaseDefaults.with(database) { storage in
            try await StationAdmin(storage: storage).enroll(name: station, scopes: scopes, stationID: stationID)
        }
        print(token)
    }
}

/// `cunzhan-server revoke --station NAME`: the station's token stops working.
struct Revoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "吊销一个村站的令牌。")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "站点名称") var station: String

    func run() async throws {
        try await ServerDatabaseDefaults.with(database) { storage in
            try await StationAdmin(storage: storage).revoke(name: station)
        }
        print("已吊销：\(station)")
    }
}

/// `cunzhan-server list`: the enrolled stations, their scopes and state (never a token).
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "列出已登记的村站。")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let stations = try await ServerDatabaseDefaults.with(database) { storage in
            try await StationAdmin(storage: storage).list()
        }
        if stations.isEmpty { print("还没有登记的站点。") }
        for station in stations {
            let scopes = station.scopes.map(\.code).joined(separator: ",")
            let state = station.revoked ? "已吊销" : "有效"
            print("\(station.name)\t\(scopes)\t\(state)\t\(station.stationID ?? "未绑定")")
        }
    }
}
