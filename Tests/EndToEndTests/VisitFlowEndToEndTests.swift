import Foundation
import Testing

/// The real `cunzhan --demo` in tmux recording a visit by keys, and keeping a draft through a `kill -9`.
///
/// Each test has its own data folder (XDG_DATA_HOME and HOME), so it makes and changes a private demo store.
/// Every wait polls the screen; nothing sleeps for a fixed time.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux 未安装：端到端测试需要 tmux（apt-get install tmux）"))
struct VisitFlowEndToEndTests {
    /// Starts `cunzhan --demo`, logs in as 张网格 and waits for home.
    private func startDemoHome(in folder: DataFolder) throws -> TmuxSession {
        let session = try TmuxSession(
            command: [CunzhanBinary.path, "--demo"], width: 80, height: 24,
            environment: ["LANG": "C.UTF-8", "XDG_DATA_HOME": folder.path, "HOME": folder.path],
            unset: ["CUNZHAN_DB", "LC_ALL"])
        try session.waitFor(text: "请登录村站", timeout: .seconds(90))
        try session.sendText("张网格")
        try session.sendKeys("Enter")
        try session.sendText("333333")
        try session.sendKeys("Enter")
        try session.waitFor(text: "按键开始工作")
        return session
    }

    /// From home: `1`, `/zs`, Enter keeps the filter, Enter opens the first household; returns the detail.
    @discardableResult
    private func openFirstZSHousehold(_ session: TmuxSession) throws -> [String] {
        try session.sendKeys("1")
        try session.waitFor(text: "第 1/300 行")
        try session.sendText("/zs")
        try session.waitUntil("筛选 zs") { lines in
            lines.contains { $0.contains("zs") } && !lines.contains { $0.contains("第 1/300 行") }
        }
        try session.sendKeys("Enter")
        try session.sendKeys("Enter")
        // The title comes with the first frame of the detail; the visits come with the overview it loads, and a
        // capture can fall between the two draws.
        return try session.waitUntil("the detail with its visits") { lines in
            lines.first?.contains("村站：农户详情：") == true && Self.visitCount(on: lines) != nil
        }
    }

    /// The visit count in the detail's "走访记录（n 次）" heading.
    static func visitCount(on screen: [String]) -> Int? {
        for line in screen {
            guard let range = line.range(of: #"走访记录（\d+ 次）"#, options: .regularExpression) else { continue }
            return Int(line[range].filter(\.isNumber))
        }
        return nil
    }

    /// The demo store's file in `folder`.
    static func demoPath(_ folder: DataFolder) -> String { folder.path + "/cunzhan/demo.sqlite" }

    /// Rows in the demo store's outbox, read with the sqlite3 shell.
    static func outboxCount(_ folder: DataFolder) throws -> Int {
        let output = try Subprocess.run(["sqlite3", demoPath(folder), "SELECT count(*) FROM outbox"])
        return try #require(Int(output.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func aGridWorkerRecordsAVisitByKeysAndTheStoreStaysSound() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemoHome(in: folder)
        let outboxBefore = try Self.outboxCount(folder)
        let detail = try openFirstZSHousehold(session)
        // The title alone: the top bar's sync state after it changes with the save (待上传 goes up by one).
        let title = try #require(
            detail.first?.components(separatedBy: "村站：").last?.components(separatedBy: "  ").first?
                .trimmingCharacters(in: .whitespaces))
        let visitsBefore = try #require(Self.visitCount(on: detail), "\(detail)")

        try session.sendKeys("v")
        try session.waitFor(text: "村站：入户走访：")
        try session.waitFor(text: "排查要点：")  // the demo month's theme, with its two questions
        try session.sendKeys("Tab", "Tab", "Tab", "Tab")  // past visitor, date, 本月主题 (无问题) and its note
        for _ in 0..<6 { try session.sendKeys("Space", "Tab", "Tab") }  // 吃 … 饮水安全: 达标, past each note
        try session.sendKeys("Tab", "Tab", "Tab")  // past income, new risks and measures
        try session.waitUntil("群众认可 has focus") { lines in lines.contains { $0.hasPrefix("> 群众认可") } }
        try session.sendKeys("y")
        try session.sendKeys("C-s")

        let after = try session.waitUntil("the detail with one more visit") { lines in
            lines.first?.contains(title) == true && Self.visitCount(on: lines) == visitsBefore + 1
        }
        #expect(after.contains { $0.contains("张网格") && $0.contains("6 项达标") }, "\(after)")
        try session.sendKeys("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")

        let check = try Subprocess.run([CunzhanBinary.path, "check", "--db", Self.demoPath(folder)])
        #expect(check.contains("检查通过"), "\(check)")
        #expect(try Self.outboxCount(folder) == outboxBefore + 1)
    }

    @Test func aDraftTypedBeforeKillNineIsOfferedAgainAndResumesTheText() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let note = "院墙裂缝待查看"
        do {
            let session = try startDemoHome(in: folder)
            try openFirstZSHousehold(session)
            try session.sendKeys("v")
            try session.waitFor(text: "村站：入户走访：")
            try session.waitFor(text: "排查要点：")
            try session.sendKeys("Tab", "Tab", "Tab", "Tab", "Tab")  // past the theme questions to 吃的情况说明
            try session.sendText(note)
            try session.waitFor(text: note)
            try session.sendKeys("Tab")  // leaving the field: the draft is saved
            try session.waitUntil("穿 has focus") { lines in lines.contains { $0.hasPrefix("> 穿") } }
            let pid = try #require(try session.commandProcessID())
            #expect(kill(pid, SIGKILL) == 0)
            let exit = try session.waitForExit()
            #expect(exit.status == 137, "\(exit.screen)")
            session.kill()
        }
        let session = try startDemoHome(in: folder)
        try openFirstZSHousehold(session)
        try session.sendKeys("v")
        try session.waitFor(text: "继续填写草稿")
        try session.sendKeys("Enter")
        try session.waitFor(text: "已恢复草稿")
        // Waits for the whole frame: the notice is drawn first, and a capture can land before the form's rows.
        try session.waitUntil("the resumed note under 吃的情况说明") { lines in
            lines.contains { $0.contains("吃的情况说明") && $0.contains(note) }
        }
        try session.sendKeys("Escape")
    }
}
