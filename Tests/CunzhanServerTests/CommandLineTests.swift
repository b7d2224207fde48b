import CunzhanCore
import CunzhanSyncAPI
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The `cunzhan-server` commands, run as a station administrator would (SQLite).
@Suite struct CommandLineTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cz-cli-\(UUID().uuidString)")
    var db: String { "sqlite:" + folder.appendingPathComponent("server.sqlite").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func enrollPrintsATokenOnceAndListShowsTheStation() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let enrolled = try ServerBinary.run(["enroll", "--db", db, "--station", "红旗村站", "--scope", "530102001001"])
        #expect(enrolled.status == 0, "\(enrolled.stderr)")
        let token = enrolled.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.count == 64 && token.allSatisfy { $0.isHexDigit })
        let bad = try ServerBinary.run(["enroll", "--db", db, "--station", "外村站", "--scope", "53010"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("统计用区划代码") || bad.stdout.contains("统计用区划代码"), "\(bad.stderr)")
        let listed = try ServerBinary.run(["list", "--db", db])
        #expect(listed.stdout.contains("红旗村站\t530102001001\t有效"))
        #expect(!listed.stdout.contains(token))
        #expect(try ServerBinary.run(["revoke", "--db", db, "--station", "红旗村站"]).status == 0)
        #expect(try ServerBinary.run(["list", "--db", db]).stdout.contains("已吊销"))
    }

    @Test func importBundleWritesTheReturnBesideAndTwiceChangesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try ServerBinary.run(["enroll", "--db", db, "--station", "红旗村站", "--scope", "530102001001"]).status == 0)
        var maker = OpMaker()
        let bundle = StationBundle(stationID: maker.stationID, createdAt: Date(), cursor: 0, ops: maker.setUp(World()))
        let file = folder.appendingPathComponent("红旗村.czb")
        try BundleFile.encode(bundle).write(to: file)
        let first = try ServerBinary.run(["import-bundle", "--db", db, file.path, "--station", "红旗村站"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已导入 6 条操作（被拒绝 0 条），回传 6 条"))
        let returned = try BundleFile.decode(
            ReturnBundle.self, from: Data(contentsOf: URL(fileURLWithPath: file.path + ".return")))
        #expect(returned.results.allSatisfy { $0.outcome.serverSeq != nil } && returned.next == 6)
        let second = try ServerBinary.run(["import-bundle", "--db", db, file.path])
        #expect(second.status == 0, "\(second.stderr)")
        let again = try BundleFile.decode(
            ReturnBundle.self, from: Data(contentsOf: URL(fileURLWithPath: file.path + ".return")))
        #expect(
            again.results.map(\.outcome)
                == returned.results.map { OpOutcome.duplicate(serverSeq: $0.outcome.serverSeq ?? -1) })
        var cut = try Data(contentsOf: file)
        cut.removeLast(30)
        try cut.write(to: file)
        let refused = try ServerBinary.run([
            "import-bundle", "--db", db, file.path, "--out", folder.appendingPathComponent("x").path,
        ])
        #expect(refused.status != 0 && refused.stderr.contains("同步包"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
    }

    @Test func servePrintsItsURLAndAnswersHealth() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServerBinary.Running(["serve", "--db", db, "--port", "0"])
        defer { server.stop() }
        let url = try await server.waitFor(seconds: 60) { output in
            output.split(separator: "\n").first { $0.hasPrefix("cunzhan-server ready: ") }
                .map { String($0.dropFirst("cunzhan-server ready: ".count)) }
        }
        guard let url, let health = URL(string: url + "/health") else {
            Issue.record("the server never said it was ready: \(server.stdout)")
            return
        }
        let (data, response) = try await URLSession.shared.data(from: health)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(try SyncCoding.decode(HealthResponse.self, from: data) == HealthResponse())
    }
}
