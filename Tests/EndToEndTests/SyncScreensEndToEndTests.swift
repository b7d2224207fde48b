import CunzhanCore
import CunzhanStore
import Foundation
import Testing

/// The sync end-to-end through the real screens: one `cunzhan-server serve` on a loopback port and three
/// stations, each the real `cunzhan` in tmux with a data folder of its own (`XDG_DATA_HOME`).
///
/// 张网格 (和平村 station one, 80x24) records a visit with a 不达标 check, raises the item it offers and logs an
/// inspection; 王书记 (和平村 station two, 80x24) sees the visit and assigns the item; 张网格 reports progress
/// and submits it; 赵督导 (township station, 120x40) closes it; every station ends with the item 已销号, a
/// clean `cunzhan check` and the same scope checksum. Every domain action is typed into a screen and every
/// sync after the first is F5; the village set-up is written through the store API, as in
/// `SyncEndToEndTests`, and each station's first sync (which brings it the users it logs in with) is
/// `cunzhan sync`. Waits poll the screen; nothing sleeps for a fixed time.
@Suite(
    .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux 未安装：端到端测试需要 tmux（apt-get install tmux）"))
struct SyncScreensEndToEndTests {
    /// One station: a data folder used as `XDG_DATA_HOME`, so `cunzhan` opens the store at its default place.
    struct Station {
        let name: String
        let scope: String
        let folder: DataFolder

        init(name: String, scope: String) throws {
            self.name = name
            self.scope = scope
            folder = try DataFolder()
            try FileManager.default.createDirectory(atPath: folder.path + "/cunzhan", withIntermediateDirectories: true)
        }

        /// The store `cunzhan` opens by default with this folder as `XDG_DATA_HOME`.
        var storePath: String { folder.path + "/cunzhan/station.sqlite" }

        /// Starts `cunzhan` on this station's store at `width`×`height` and logs in as `user` with `pin`.
        func logIn(_ user: String, pin: String, width: Int = 80, height: Int = 24) throws -> TmuxSession {
            let session = try TmuxSession(
                command: [CunzhanBinary.path], width: width, height: height,
                environment: ["LANG": "C.UTF-8", "XDG_DATA_HOME": folder.path, "HOME": folder.path],
                unset: ["CUNZHAN_DB", "LC_ALL"])
            try session.waitFor(text: "请登录村站", timeout: .seconds(60))
            try session.sendText(user)
            try session.sendKeys("Enter")
            try session.sendText(pin)
            try session.sendKeys("Enter")
            try session.waitFor(text: "按键开始工作", timeout: .seconds(60))
            return session
        }
    }

    static let pins = (cadre: "333333", secretary: "111111", supervisor: "222222")

    /// `user` with `pin` hashed the way the store checks it at login.
    static func withPIN(_ user: User, _ pin: String) -> User {
        var user = user
        user.pinSalt = PINHasher.makeSalt()
        user.pinHash = PINHasher.hash(pin: pin, salt: user.pinSalt)
        user.pinIterations = PINHasher.iterations
        return user
    }

    /// Presses F5 on `session`, waits for the sync to finish without refusals or conflicts, and goes back.
    @discardableResult
    static func syncByF5(_ session: TmuxSession) throws -> [String] {
        try session.sendKeys("F5")
        let done = try session.waitUntil("同步完成 or 同步未完成", timeout: .seconds(60)) { lines in
            lines.contains { $0.contains("同步完成。") || $0.contains("同步未完成") }
        }
        #expect(done.contains { $0.contains("同步完成。") }, "\(done)")
        #expect(!done.contains { $0.contains("有变更被拒绝或有冲突") }, "\(done)")
        try session.sendKeys("Enter")
        try session.waitUntil("the sync screen closed") { lines in
            lines.first?.contains("村站：同步") == false
        }
        return done
    }

    /// The count after 待上传 in the top bar, or nil when it is not shown.
    static func pendingUploads(_ lines: [String]) -> Int? {
        guard let top = lines.first, let range = top.range(of: #"待上传 \d+"#, options: .regularExpression) else {
            return nil
        }
        return Int(top[range].filter(\.isNumber))
    }

    /// From home, opens 问题清单 and waits for the item's row showing `state`.
    static func findInIssueQueue(_ session: TmuxSession, title: String, state: String) throws -> [String] {
        try session.sendKeys("6")
        try session.waitFor(text: "村站：问题清单")
        return try session.waitUntil("\(title) \(state) in 问题清单") { lines in
            lines.contains { $0.contains(title) && $0.contains(state) }
        }
    }

    @Test func threeStationsCloseTheLoopThroughTheScreensAndF5() throws {
        let database = "sqlite:" + SyncEndToEndTests.temporary("server.sqlite")
        let stations = try [
            Station(name: "和平村一站", scope: "530124100201"), Station(name: "和平村二站", scope: "530124100201"),
            Station(name: "乡镇站", scope: "530124100"),
        ]
        defer { for station in stations { station.folder.remove() } }
        let (first, second, township) = (stations[0], stations[1], stations[2])
        let tokens = try stations.map {
            try SyncEndToEndTests.server("enroll", "--station", $0.name, "--scope", $0.scope, "--db", database)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let server = try ServerProcess(binary: SyncEndToEndTests.serverBinary, database: database)
        defer { server.stop() }

        var people = SyncEndToEndTests.People()
        // Only 张网格 logs in at the first station; the others get their PINs where they work (below).
        people.cadre = Self.withPIN(people.cadre, Self.pins.cadre)
        do {
            let store = try StationStore(path: first.storePath)
            try SyncEndToEndTests.setUp(store, people)
            // The household belongs to 第一网格, so the coverage board lists it for 张网格 to inspect.
            try store.write(author: nil) { _ = try $0.assignHouseholds([people.household.id], to: people.grid.id) }
            try store.close()
        }
        for (station, token) in zip(stations, tokens) {
            try SyncEndToEndTests.cunzhan("enroll", "--db", station.storePath, "--server", server.url, "--token", token)
            try SyncEndToEndTests.cunzhan("sync", "--db", station.storePath)
        }
        // PIN hashes never leave a station (the server strips them), so the users arrive at the other two
        // stations without one; each gets its PIN set there with `cunzhan user reset-pin`.
        for (station, user, pin) in [(second, "王书记", Self.pins.secretary), (township, "赵督导", Self.pins.supervisor)] {
            let output = try Subprocess.run([
                "sh", "-c", "echo \(pin) | \"$0\" user reset-pin --pin-stdin --name \(user) --db \"$1\"",
                CunzhanBinary.path, station.storePath,
            ])
            #expect(output.contains("已重设用户 \(user) 的密码"), "\(output)")
        }

        // 张网格 records a visit with 住房安全 不达标, raises the item, logs an inspection, and sends them by F5.
        let cadre = try first.logIn("张网格", pin: Self.pins.cadre)
        try recordVisitRaisingAnItem(cadre)
        try recordInspection(cadre)
        let home = try cadre.waitFor(text: "按键开始工作")
        #expect((Self.pendingUploads(home) ?? 0) > 0, "\(home)")
        try Self.syncByF5(cadre)
        try cadre.waitUntil("待上传 0 after F5") { Self.pendingUploads($0) == 0 }

        // 王书记 receives the visit and the item, assigns it to 张网格, and sends that back.
        let secretary = try second.logIn("王书记", pin: Self.pins.secretary)
        try Self.syncByF5(secretary)
        try secretary.sendKeys("2")
        try secretary.waitFor(text: "村站：入户走访记录")
        let visits = try secretary.waitUntil("张三's visit by 张网格") { lines in
            lines.contains { $0.contains("张三") && $0.contains("张网格") }
        }
        #expect(visits.contains { $0.contains("张三") && $0.contains("住房安全") }, "\(visits)")
        try secretary.sendKeys("Escape")
        try secretary.waitFor(text: "按键开始工作")
        try assignFromMyTasks(secretary)
        try Self.syncByF5(secretary)
        try secretary.waitUntil("待上传 0 at 王书记") { Self.pendingUploads($0) == 0 }

        // 张网格 gets the assignment, reports progress and submits the item for verification.
        try Self.syncByF5(cadre)
        try reportProgressAndSubmit(cadre)
        try Self.syncByF5(cadre)
        try cadre.waitUntil("待上传 0 after submitting") { Self.pendingUploads($0) == 0 }

        // 赵督导 at the township finds the item awaiting verification and closes it.
        let supervisor = try township.logIn("赵督导", pin: Self.pins.supervisor, width: 120, height: 40)
        try Self.syncByF5(supervisor)
        try closeFromIssueQueue(supervisor)
        try Self.syncByF5(supervisor)

        // Every station syncs again and shows the item 已销号.
        for session in [cadre, secretary, supervisor] {
            try Self.syncByF5(session)
            try session.waitFor(text: "按键开始工作")
            let queue = try Self.findInIssueQueue(session, title: "张三", state: "已销号")
            #expect(Self.pendingUploads(queue) == 0, "\(queue)")
            try session.sendKeys("Escape")
            try session.waitFor(text: "按键开始工作")
            try session.sendKeys("q")
            let exit = try session.waitForExit()
            #expect(exit.status == 0, "\(exit.screen)")
        }

        for station in stations {
            let check = try SyncEndToEndTests.cunzhan("check", "--db", station.storePath)
            #expect(check.contains("检查通过"), "\(station.name): \(check)")
        }
        let checksums = try stations.map { station in
            let store = try StationStore(path: station.storePath)
            defer { try? store.close() }
            #expect(try store.unsentOpCount() == 0, "\(station.name)")
            return try store.scopeChecksum(SyncEndToEndTests.village.code).sha256
        }
        #expect(Set(checksums).count == 1, "\(checksums)")

        // Each station's digest of the village's ops, kept from its last pull, is the server's own.
        let serverDigest = try Subprocess.run([
            "sqlite3", String(database.dropFirst("sqlite:".count)),
            "SELECT op_count || ' ' || checksum FROM village_digests WHERE village_code = '\(SyncEndToEndTests.village.code)'",
        ]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!serverDigest.isEmpty)
        for station in stations {
            let store = try StationStore(path: station.storePath)
            defer { try? store.close() }
            #expect(try Self.villageDigest(store) == serverDigest, "\(station.name)")
        }
    }

    /// The station's digest of the village (`op_count checksum`), from the scope digests of its last pull.
    static func villageDigest(_ store: StationStore) throws -> String? {
        let json = try store.syncSettings().scopeDigests
        let digests = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        guard let digest = digests.first(where: { $0["scope"] as? String == SyncEndToEndTests.village.code }),
            let count = digest["opCount"] as? Int, let checksum = digest["checksum"] as? String
        else { return nil }
        return "\(count) \(checksum)"
    }

    /// 张网格, from home: opens the only household, records a visit with 住房安全 不达标 and the others 达标,
    /// accepts raising the item, declines the monitoring flag, and goes back home.
    private func recordVisitRaisingAnItem(_ session: TmuxSession) throws {
        try session.sendKeys("1")
        try session.waitFor(text: "张三")
        try session.sendKeys("Enter")
        try session.waitFor(text: "村站：农户详情：张三")
        try session.sendKeys("v")
        try session.waitFor(text: "村站：入户走访：")
        try session.sendKeys("Tab", "Tab")  // past the defaulted visitor and date
        for _ in 0..<4 { try session.sendKeys("Space", "Tab", "Tab") }  // 吃 … 基本医疗: 达标, past each note
        try session.sendKeys("Right", "Right")  // 住房安全: past 达标 to 不达标
        try session.waitUntil("住房安全 不达标") { lines in
            lines.contains { $0.contains("住房安全") && $0.contains("< 不达标 >") }
        }
        try session.sendKeys("Tab")
        try session.sendText("屋顶漏雨")
        try session.sendKeys("Tab", "Space", "Tab", "Tab")  // 饮水安全: 达标, past its note
        try session.sendKeys("Tab", "Tab", "Tab")  // past income, new risks and measures
        try session.waitUntil("群众认可 has focus") { lines in lines.contains { $0.hasPrefix("> 群众认可") } }
        try session.sendKeys("y", "C-s")
        try session.waitFor(text: "新建整改事项 --")
        try session.sendKeys("Enter")
        try session.waitFor(text: "标记为需要监测评估")
        try session.sendKeys("n")
        let detail = try session.waitUntil("the detail with the new visit") { lines in
            lines.first?.contains("村站：农户详情：张三") == true
                && lines.contains { $0.contains("张网格") && $0.contains("不达标：住房安全") }
        }
        #expect(detail.contains { $0.contains("屋顶漏雨") || $0.contains("住房安全") }, "\(detail)")
        try session.sendKeys("Escape")
        try session.waitUntil("the register") { $0.first?.contains("村站：农户") == true }
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
    }

    /// 张网格, from home: opens 第一网格's households not yet inspected, logs the household with the defaults.
    private func recordInspection(_ session: TmuxSession) throws {
        try session.sendKeys("3")
        try session.waitUntil("第一网格 0/1 户") { lines in
            lines.contains { $0.contains("第一网格") && $0.contains("0/1 户") }
        }
        try session.sendKeys("Enter")
        try session.waitFor(text: "尚未排查的农户")
        try session.waitFor(text: "张三")
        try session.sendKeys("Enter")
        try session.waitFor(text: "村站：网格排查：张三")
        try session.sendKeys("C-s")
        try session.waitFor(text: "尚未排查的农户")
        try session.sendKeys("Escape")
        try session.waitUntil("第一网格 1/1 户") { lines in
            lines.contains { $0.contains("第一网格") && $0.contains("1/1 户") }
        }
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
    }

    /// 王书记, from home: 我的任务, the item 待定责, 定责 to 张网格 with measures and a deadline, back home.
    private func assignFromMyTasks(_ session: TmuxSession) throws {
        try session.sendKeys("5")
        try session.waitFor(text: "村站：我的任务")
        try session.waitUntil("the item waiting for assignment") { lines in
            lines.contains { $0.contains("待定责") && $0.contains("张三") }
        }
        // Nothing is overdue or due soon in this village, so the first row is the item and its job is 定责.
        try session.waitFor(text: "Enter 定责")
        try session.sendKeys("Enter")
        let form = try session.waitFor(text: "村站：定责：")
        if !form.contains(where: { $0.contains("责任人") && $0.contains("张网格") }) {
            try session.sendText("张网格")
        }
        try session.sendKeys("Tab")
        try session.sendText("请施工队三日内修好屋顶")
        try session.sendKeys("Tab")
        try session.sendText(LoopEndToEndTests.day(after: 10))
        try session.sendKeys("C-s")
        try session.waitFor(text: "村站：我的任务")
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
    }

    /// 张网格, from home: 问题清单, opens the item assigned to him, 报进展, 提交验收 with evidence, back home.
    ///
    /// 我的任务 lists an owner's item only once it is overdue or due within three working days, so a
    /// deadline ten days away is found in 问题清单.
    private func reportProgressAndSubmit(_ session: TmuxSession) throws {
        try session.waitFor(text: "按键开始工作")
        try Self.findInIssueQueue(session, title: "张三", state: "整改中")
        try session.sendKeys("Enter")
        try session.waitFor(text: "状态：整改中")
        try session.sendKeys("p")
        try session.waitFor(text: "村站：调度进展")
        try session.sendKeys("Tab")  // past the defaulted date
        try session.sendText("已买好瓦片，明天施工")
        try session.sendKeys("C-s")
        try session.waitFor(text: "已买好瓦片，明天施工")
        try session.waitFor(text: "s 提交验收")
        try session.sendKeys("s")
        try session.waitFor(text: "村站：提交验收")
        try session.sendText("屋顶已修好，附照片2张")
        try session.sendKeys("C-s")
        try session.waitFor(text: "状态：待验收")
        try session.sendKeys("Escape")
        try session.waitFor(text: "村站：问题清单")
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
    }

    /// 赵督导, from home: 问题清单, the item 待验收, 销号 with a verification note, back home.
    private func closeFromIssueQueue(_ session: TmuxSession) throws {
        try session.waitFor(text: "按键开始工作")
        try Self.findInIssueQueue(session, title: "张三", state: "待验收")
        try session.sendKeys("Enter")
        try session.waitFor(text: "c 销号")
        try session.sendKeys("c")
        try session.waitFor(text: "村站：销号：")
        try session.sendText("实地查看，屋顶已修好")
        try session.sendKeys("C-s")
        let item = try session.waitFor(text: "状态：已销号")
        #expect(item.contains { $0.contains("实地查看，屋顶已修好") }, "\(item)")
        try session.sendKeys("Escape")
        try session.waitFor(text: "村站：问题清单")
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
    }
}
