import CunzhanCore
import CunzhanSyncAPI
import Foundation
import Logging

/// Measures the server's apply rate: many stations pushing at once, each its own village's ops in batches.
///
/// Each station sets up its village (village, user, group) and then sends households and visits, encoded
/// as push request bodies beforehand. The timed part is what the server does per request minus the
/// network: decode the body, authenticate, apply the batch in one transaction, encode the answer.
/// `cunzhan-server bench` prints the figure; `cunzhan bench` can call `run` as well.
public struct SyncBenchmark: Sendable {
    public var stations = 50
    public var opsPerStation = 1000
    public var batchSize = 200

    public init(stations: Int = 50, opsPerStation: Int = 1000, batchSize: Int = 200) {
        self.stations = stations
        self.opsPerStation = opsPerStation
        self.batchSize = batchSize
    }

    /// What one run measured.
    public struct Result: Sendable, CustomStringConvertible {
        public var stations: Int
        public var appliedOps: Int
        public var seconds: Double
        public var opsPerSecond: Double { seconds > 0 ? Double(appliedOps) / seconds : 0 }

        public var description: String {
            "\(stations) 个站点并发上传：应用 \(appliedOps) 条操作，用时 \(String(format: "%.2f", seconds)) 秒，"
                + "\(Int(opsPerSecond)) 条/秒"
        }
    }

    /// Runs the benchmark on `storage` (which should be empty or a scratch database).
    public func run(storage: any ServerStorage, logger: Logger) async throws -> Result {
        let service = SyncService(storage: storage, logger: logger)
        let admin = StationAdmin(storage: storage)
        let run = UUID().uuidString.prefix(8)
        var plans: [(token: String, bodies: [Data])] = []
        for index in 0..<stations {
            let code = SyncBenchmark.villageCode(index)
            let token = try await admin.enroll(name: "bench-\(run)-\(index)", scopes: [try SyncScope(code)])
            let ops = SyncBenchmark.ops(villageCode: code, count: opsPerStation)
            let bodies = try stride(from: 0, to: ops.count, by: batchSize).map { start in
                let batch = Array(ops[start..<min(start + batchSize, ops.count)])
                return try SyncCoding.encode(PushRequest(stationID: ops[0].stationID, ops: batch))
            }
            plans.append((token, bodies))
        }
        let started = ContinuousClock.now
        let applied = try await withThrowingTaskGroup(of: Int.self) { group in
            for plan in plans {
                group.addTask {
                    var applied = 0
                    for body in plan.bodies {
                        let station = try await service.authenticate(token: plan.token)
                        let request = try SyncCoding.decode(PushRequest.self, from: body)
                        let response = try await service.push(request, from: station)
                        _ = try SyncCoding.encode(response)
                        applied += response.results.filter { $0.outcome.serverSeq != nil }.count
                    }
                    return applied
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(stations: stations, appliedOps: applied, seconds: seconds)
    }

    /// The reference for `run`, measured the same way: the same number of op rows inserted into the
    /// `ops` table of a new SQLite database at `path`, in one transaction with a prepared statement. It is
    /// what the database alone needs for the stream, so the ratio to `run` shows the cost of everything else.
    public func referenceInsert(path: String) async throws -> Result {
        let storage = try SQLiteStorage(path: path)
        try await storage.migrate()
        let ops = (0..<stations).map {
            SyncBenchmark.ops(villageCode: SyncBenchmark.villageCode($0), count: opsPerStation)
        }
        let receivedAt = Date()
        let started = ContinuousClock.now
        try await storage.transaction(.write) { transaction in
            for (index, stationOps) in ops.enumerated() {
                for op in stationOps {
                    _ = try await transaction.appendOp(
                        op, villageCode: SyncBenchmark.villageCode(index), conflict: false, receivedAt: receivedAt)
                }
            }
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        await storage.close()
        return Result(stations: stations, appliedOps: ops.map(\.count).reduce(0, +), seconds: seconds)
    }

    /// The village code of bench station `index`: villages of consecutive townships of one county.
    static func villageCode(_ index: Int) -> String {
        "530102" + String(format: "%03d", 1 + index / 999) + String(format: "%03d", 1 + index % 999)
    }

    /// One station's ops: its village, a cadre, a group, then households each followed by a visit.
    static func ops(villageCode: String, count: Int) -> [Op] {
        let stationID = "bench-" + UUID().uuidString.lowercased()
        let village = Village(code: villageCode, name: "测试村")
        let cadre = User(name: "张网格", role: .cadre, villageID: village.id, pinHash: "", pinSalt: "", pinIterations: 0)
        let group = VillagerGroup(villageID: village.id, name: "第一村民小组")
        let today = CalendarDate(dayNumber: 20_780)
        var ops: [Op] = []
        func add(_ type: EntityType, _ id: String, _ kind: OpKind, _ value: some Encodable, author: UserID?) {
            let payload = String(decoding: (try? SyncCoding.encode(value)) ?? Data(), as: UTF8.self)
            let seq = Int64(ops.count + 1)
            ops.append(
                Op(
                    opID: UUID().uuidString.lowercased(), stationID: stationID, localSeq: seq, txGroup: "g\(seq)",
                    author: author?.description, entityType: type, entityID: id, kind: kind, payload: payload,
                    base: nil,
                    hlc: HLCTimestamp(physical: 1_790_000_000_000 + seq, counter: 0, node: stationID).description,
                    appVersion: "bench", schemaVersion: 8))
        }
        add(.village, village.id.description, .create, village, author: nil)
        add(.user, cadre.id.description, .create, cadre, author: nil)
        add(.villagerGroup, group.id.description, .create, group, author: cadre.id)
        var number = 0
        while ops.count < count {
            number += 1
            let household = Household(
                villageID: village.id, householdNumber: villageCode + String(format: "%04d", number), headName: "王大明",
                groupID: group.id, address: "一组\(number)号", phone: "138" + String(format: "%08d", number),
                kind: .ordinary, population: 3)
            add(.household, household.id.description, .create, household, author: cadre.id)
            let visit = Visit(householdID: household.id, date: today, visitorID: cadre.id, notes: "走访正常")
            if ops.count < count { add(.visit, visit.id.description, .append, visit, author: cadre.id) }
        }
        return ops
    }
}
