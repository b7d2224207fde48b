import CunzhanCore
import CunzhanStore
import Foundation
import Testing

/// Two stations of 和平村 and the township supervisor's station exchange a visit, an inspection and a
/// rectification item through its whole life cycle with the real `cunzhan-server` and `cunzhan` binaries:
/// over HTTP, and again by USB bundles. The domain actions are written through the store API (the screens
/// have their own end-to-end tests); every sync goes through the binaries.
@Suite(.serialized) struct SyncEndToEndTests {
    static let day = CalendarDate(dayNumber: 20_400)
    static let village = Village(code: "530124100201", name: "和平村")

    /// The people of the village, one per role that takes part.
    struct People {
        let group = VillagerGroup(villageID: SyncEndToEndTests.village.id, name: "一组")
        // Variables so a test that logs in through the screens can give them real PINs (`withPIN`).
        var cadre = People.user("张网格", .cadre)
        var secretary = People.user("王书记", .firstSecretary)
        var supervisor = People.user("赵督导", .supervisor)
        let household: Household
        let grid: Grid

        init() {
            household = Household(
                villageID: SyncEndToEndTests.village.id, householdNumber: "5301241002010001", headName: "张三",
                groupID: group.id, address: "和平村1号", phone: nil, kind: .ordinary, population: 3)
            grid = Grid(villageID: SyncEndToEndTests.village.id, groupID: group.id, name: "第一网格", workerID: cadre.id)
        }

        static func user(_ name: String, _ role: Role) -> User {
            User(
                name: name, role: role, villageID: SyncEndToEndTests.village.id, pinHash: "00", pinSalt: "00",
                pinIterations: 100_000)
        }
    }

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cunzhan-e2e-\(UUID().uuidString)-\(name)").path
    }

    static var serverBinary: String {
        URL(fileURLWithPath: CunzhanBinary.path).deletingLastPathComponent().appendingPathComponent("cunzhan-server")
            .path
    }

    /// Runs `cunzhan` with `arguments`; throws when it exits non-zero.
    @discardableResult
    static func cunzhan(_ arguments: String...) throws -> String {
        try Subprocess.run([CunzhanBinary.path] + arguments)
    }

    @discardableResult
    static func server(_ arguments: String...) throws -> String {
        try Subprocess.run([serverBinary] + arguments)
    }

    /// Writes the village set-up at the first station.
    static func setUp(_ store: StationStore, _ people: People) throws {
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            for user in [people.cadre, people.secretary, people.supervisor] { try writer.createUser(user) }
            try writer.createGroup(people.group)
            try writer.createGrid(people.grid)
            try writer.createHousehold(people.household)
        }
    }

    /// The work of the three stations, each step followed by `exchange` (an HTTP sync or a bundle round trip).
    static func lifeCycle(
        first: StationStore, second: StationStore, township: StationStore, people: People,
        exchange: (StationStore) throws -> Void
    ) throws {
        for store in [first, second, township] { try exchange(store) }
        #expect(try second.household(people.household.id) != nil)
        // The visit keeps its answer to the month's theme (kept answers, no column of their own).
        let visit = Visit(
            householdID: people.household.id, date: day, visitorID: people.cadre.id, notes: "生活正常",
            answers: ["theme": "住房安全再核查", "theme_check": "有问题", "theme_note": "东墙有裂缝"])
        try second.write(author: people.cadre.id) { try $0.recordVisit(visit) }
        let inspection = Inspection(
            gridID: people.grid.id, householdID: people.household.id, inspectorID: people.cadre.id, date: day,
            method: .inPerson, result: .problemFound, notes: "屋顶漏雨")
        try second.write(author: people.cadre.id) { try $0.recordInspection(inspection) }
        let item = RectificationItem(
            villageID: village.id, scope: .household, householdID: people.household.id, source: .gridInspection,
            category: .housing, title: "屋顶漏雨", raisedBy: people.cadre.id, raisedOn: day,
            sourceRecordID: inspection.id.description)
        try second.write(author: people.cadre.id) { try $0.raiseItem(item) }
        for store in [second, first, township] { try exchange(store) }
        #expect(try first.visits(of: people.household.id).map(\.id) == [visit.id])
        #expect(try first.visits(of: people.household.id).first?.answers == visit.answers)
        #expect(try township.item(item.id)?.state == .pendingAssignment)

        let deadline = CalendarDate(dayNumber: day.dayNumber + 30)
        try first.write(author: people.secretary.id) {
            try $0.transitionItem(
                item.id, .assign(owner: people.cadre.id, measures: "修屋顶", deadline: deadline), on: day)
        }
        for store in [first, second] { try exchange(store) }
        try second.write(author: people.cadre.id) {
            try $0.transitionItem(item.id, .submitForVerification(evidence: "已修好，附照片"), on: day)
        }
        for store in [second, township] { try exchange(store) }
        #expect(try township.item(item.id)?.state == .awaitingVerification)
        try township.write(author: people.supervisor.id) {
            try $0.transitionItem(item.id, .close(verificationNote: "现场核验通过"), on: day)
        }
        for store in [township, first, second] { try exchange(store) }
        for store in [first, second, township] {
            #expect(try store.item(item.id)?.state == .closed)
            #expect(try store.attentionCount() == 0)
            #expect(try store.unsentOpCount() == 0)
        }
        // Every station's item history holds the three transitions, made on three stations, once each.
        for store in [first, second, township] {
            let detail = try #require(try store.itemDetail(item.id))
            #expect(detail.history.map(\.actor) == ["王书记", "张网格", "赵督导"])
            #expect(detail.sourceRecord?.kind == .inspection)
        }
        let checksums = try [first, second, township].map { try $0.scopeChecksum(village.code).sha256 }
        #expect(Set(checksums).count == 1)
    }

    @Test func threeStationsExchangeAVisitAnInspectionAndAnItemOverHTTP() throws {
        let database = "sqlite:" + Self.temporary("server.sqlite")
        let people = People()
        let paths = ["first", "second", "township"].map { Self.temporary("\($0).sqlite") }
        let tokens = try [("和平村一站", "530124100201"), ("和平村二站", "530124100201"), ("乡镇站", "530124100")].map {
            try Self.server("enroll", "--station", $0.0, "--scope", $0.1, "--db", database)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let server = try ServerProcess(binary: Self.serverBinary, database: database)
        defer { server.stop() }
        let stores = try paths.map { try StationStore(path: $0) }
        try Self.setUp(stores[0], people)
        for (path, token) in zip(paths, tokens) {
            try Self.cunzhan("enroll", "--db", path, "--server", server.url, "--token", token)
        }
        try Self.lifeCycle(first: stores[0], second: stores[1], township: stores[2], people: people) { store in
            let path = paths[stores.firstIndex { $0 === store } ?? 0]
            let output = try Self.cunzhan("sync", "--db", path)
            #expect(output.contains("同步完成"))
        }
        // The visit register of the station that pulled the visit shows its theme answer.
        let register = Self.temporary("visits.csv")
        try Self.cunzhan("export", "visits", "--db", paths[0], "--out", register)
        let text = try String(contentsOfFile: register, encoding: .utf8)
        #expect(text.contains("月度主题排查"))
        #expect(text.contains("住房安全再核查：有问题（东墙有裂缝）"))
    }

    @Test func theSameExchangeByUSBBundlesAndAnAlteredBundleIsRefusedWhole() throws {
        let database = "sqlite:" + Self.temporary("server.sqlite")
        let people = People()
        let paths = ["first", "second", "township"].map { Self.temporary("\($0).sqlite") }
        let names = ["和平村一站", "和平村二站", "乡镇站"]
        for (name, scope) in zip(names, ["530124100201", "530124100201", "530124100"]) {
            try Self.server("enroll", "--station", name, "--scope", scope, "--db", database)
        }
        let stores = try paths.map { try StationStore(path: $0) }
        try Self.setUp(stores[0], people)
        try Self.lifeCycle(first: stores[0], second: stores[1], township: stores[2], people: people) { store in
            let index = stores.firstIndex { $0 === store } ?? 0
            let bundle = Self.temporary("up.czb")
            let returned = bundle + ".return"
            try Self.cunzhan("bundle", "export", "--db", paths[index], "--out", bundle)
            try Self.server("import-bundle", bundle, "--out", returned, "--station", names[index], "--db", database)
            try Self.cunzhan("bundle", "import", returned, "--db", paths[index])
            // Importing the same return bundle again changes nothing.
            let before = try store.scopeChecksum(Self.village.code)
            try Self.cunzhan("bundle", "import", returned, "--db", paths[index])
            #expect(try store.scopeChecksum(Self.village.code) == before)
        }
        // A truncated return bundle is refused whole, with a Chinese message and a failing exit status.
        let bundle = Self.temporary("last.czb")
        try Self.cunzhan("bundle", "export", "--db", paths[1], "--out", bundle)
        try Self.server("import-bundle", bundle, "--out", bundle + ".return", "--station", names[1], "--db", database)
        let data = try Data(contentsOf: URL(fileURLWithPath: bundle + ".return"))
        try data.prefix(data.count - 20).write(to: URL(fileURLWithPath: bundle + ".cut"))
        let before = try stores[1].scopeChecksum(Self.village.code)
        #expect(throws: (any Error).self) { try Self.cunzhan("bundle", "import", bundle + ".cut", "--db", paths[1]) }
        #expect(try stores[1].scopeChecksum(Self.village.code) == before)
    }
}

/// `cunzhan-server serve` running on a free loopback port until `stop`.
final class ServerProcess {
    let process = Process()
    let url: String

    init(binary: String, database: String) throws {
        let port = 20_000 + Int.random(in: 0..<20_000)
        url = "http://127.0.0.1:\(port)"
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", String(port), "--db", database]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if (try? Subprocess.run(["curl", "-sf", url + "/health"])) != nil { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        stop()
        throw TmuxError(message: "cunzhan-server 没有在 20 秒内就绪")
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
