import CunzhanCore
import CunzhanStore
import CunzhanSyncAPI
import Foundation
import Testing

@testable import CunzhanServer

/// The server accepts what a real station store writes: every op of a demo village (set-up, register,
/// visits, inspections, items through their whole life cycle), pushed as the station would.
@Suite struct StationOpsTests {
    static func demoOps() throws -> (ops: [Op], stationID: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cz-station-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StationStore(path: folder.appendingPathComponent("station.sqlite").path)
        var generator = DemoGenerator(households: 12, seed: 3, endDate: DemoGenerator.fixedEndDate)
        try generator.generate(into: store)
        var ops: [Op] = []
        while true {
            let page = try store.outboxOps(afterSeq: ops.last?.localSeq ?? 0, limit: 1000)
            if page.isEmpty { break }
            ops += page
        }
        let stationID = store.stationID
        try store.close()
        return (ops, stationID)
    }

    @Test(arguments: TestBackend.available)
    func everyOpOfADemoStationIsApplied(_ backend: TestBackend) async throws {
        let (ops, stationID) = try StationOpsTests.demoOps()
        #expect(ops.count > 100)
        try await TestServer.run(backend) { server in
            let (station, _) = try await server.enroll("演示站", scopes: ["530124"])
            var outcomes: [OpOutcome] = []
            for start in stride(from: 0, to: ops.count, by: SyncProtocol.maxOpsPerPush) {
                let batch = Array(ops[start..<min(start + SyncProtocol.maxOpsPerPush, ops.count)])
                let response = try await server.service.push(
                    PushRequest(stationID: stationID, ops: batch), from: station)
                outcomes += response.results.map(\.outcome)
            }
            let refused = zip(ops, outcomes).filter { $0.1.serverSeq == nil }
            #expect(refused.count == 0, "\(refused.prefix(5).map { "\($0.0.entityType) \($0.0.kind): \($0.1)" })")
            #expect(try await server.opCount() == Int64(ops.count))
        }
    }
}
