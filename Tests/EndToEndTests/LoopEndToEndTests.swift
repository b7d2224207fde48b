import Foundation
import Testing

/// The real `cunzhan --demo` in tmux: 王书记 assigns an item from 我的任务, 赵督导 closes one from the issue
/// queue, each with a check of the store afterwards.
///
/// Each test has its own data folder, so it makes and changes a private demo store. Waits poll the screen.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux 未安装：端到端测试需要 tmux（apt-get install tmux）"))
struct LoopEndToEndTests {
    /// Starts `cunzhan --demo` at `width`×`height`, logs in as `name` and waits for home.
    private func startDemoHome(in folder: DataFolder, name: String, pin: String, width: Int = 80, height: Int = 24)
        throws -> TmuxSession
    {
        let session = try TmuxSession(
            command: [CunzhanBinary.path, "--demo"], width: width, height: height,
            environment: ["LANG": "C.UTF-8", "XDG_DATA_HOME": folder.path, "HOME": folder.path],
            unset: ["CUNZHAN_DB", "LC_ALL"])
        try session.waitFor(text: "请登录村站", timeout: .seconds(90))
        try session.sendText(name)
        try session.sendKeys("Enter")
        try session.sendText(pin)
        try session.sendKeys("Enter")
        try session.waitFor(text: "按键开始工作")
        return session
    }

    /// One number from the demo store, read with the sqlite3 shell.
    static func query(_ folder: DataFolder, _ sql: String) throws -> String {
        try Subprocess.run(["sqlite3", VisitFlowEndToEndTests.demoPath(folder), sql])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Today in Asia/Shanghai moved by `days`, as `YYYY-MM-DD`.
    static func day(after days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let date = calendar.date(byAdding: .day, value: days, to: Date()) ?? Date()
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    @Test func theFirstSecretaryAssignsAnItemFromMyTasks() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemoHome(in: folder, name: "王书记", pin: "111111")
        let pendingBefore = try Self.query(
            folder, "SELECT count(*) FROM rectification_items WHERE state = 'pendingAssignment'")
        try session.sendKeys("5")
        let tasks = try session.waitFor(text: "待定责")
        // The summary line lists the kinds in row order; Tab jumps to the next kind, so as many Tabs as there
        // are kinds before 待定责 reach its first row.
        let summary = try #require(tasks.first { $0.contains("待定责") })
        let before = summary.components(separatedBy: "待定责")[0]
        let kindsBefore = ["逾期", "即将到期"].filter { before.contains($0) }.count
        for _ in 0..<kindsBefore { try session.sendKeys("Tab") }
        try session.waitFor(text: "Enter 定责")
        try session.sendKeys("Enter")
        let form = try session.waitFor(text: "村站：定责：")
        #expect(form.contains { $0.contains("责任人") && $0.contains("张网格") }, "\(form)")
        try session.sendKeys("Tab")
        try session.sendText("请施工队三日内修复")
        try session.sendKeys("Tab")
        try session.sendText(Self.day(after: 10))
        try session.sendKeys("C-s")
        try session.waitFor(text: "村站：我的任务")
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
        try session.sendKeys("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        let pendingAfter = try Self.query(
            folder, "SELECT count(*) FROM rectification_items WHERE state = 'pendingAssignment'")
        #expect(Int(pendingAfter) == (Int(pendingBefore) ?? 0) - 1)
        let op = try Self.query(
            folder,
            """
            SELECT u.name || ' ' || json_extract(o.payload, '$.action') FROM outbox o JOIN users u ON u.id = o.author
            WHERE o.kind = 'transition' ORDER BY o.local_seq DESC LIMIT 1
            """)
        #expect(op == "王书记 assign")
        let check = try Subprocess.run([CunzhanBinary.path, "check", "--db", VisitFlowEndToEndTests.demoPath(folder)])
        #expect(check.contains("检查通过"), "\(check)")
    }

    @Test func theSupervisorClosesAnItemFromTheIssueQueueWithAVerificationNote() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemoHome(in: folder, name: "赵督导", pin: "222222", width: 120, height: 40)
        let closedBefore = try Self.query(folder, "SELECT count(*) FROM rectification_items WHERE state = 'closed'")
        try session.sendKeys("6")
        try session.waitFor(text: "村站：问题清单")
        try session.sendKeys("s", "s", "s")
        try session.waitFor(text: "状态：待验收")
        try session.sendKeys("Enter")
        try session.waitFor(text: "c 销号")
        try session.sendKeys("c")
        try session.waitFor(text: "村站：销号：")
        try session.sendKeys("C-s")
        try session.waitFor(text: "验收意见：必填")
        try session.sendText("实地查看，整改到位")
        try session.sendKeys("C-s")
        let item = try session.waitFor(text: "状态：已销号")
        #expect(item.contains { $0.contains("验收意见：实地查看，整改到位") }, "\(item)")
        try session.sendKeys("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        let closedAfter = try Self.query(folder, "SELECT count(*) FROM rectification_items WHERE state = 'closed'")
        #expect(Int(closedAfter) == (Int(closedBefore) ?? 0) + 1)
        let note = try Self.query(
            folder, "SELECT verification_note FROM rectification_items WHERE verification_note = '实地查看，整改到位'")
        #expect(note == "实地查看，整改到位")
    }

    @Test func theFirstSecretaryRaisesAnItemFromAnUnmetVisitAndOpensTheVisitFromTheItem() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemoHome(in: folder, name: "王书记", pin: "111111")
        try session.sendKeys("2")
        try session.waitFor(text: "村站：入户走访记录")
        try session.sendKeys("m", "r", "r")  // every month, 有不达标 only
        try session.waitFor(text: "结果：有不达标")
        try session.waitFor(text: "不达标：")
        try session.sendKeys("i")
        let form = try session.waitFor(text: "村站：登记整改事项（来自走访）")
        #expect(form.contains { $0.contains("问题描述") && $0.contains("不达标") }, "\(form)")
        try session.sendKeys("C-s")
        try session.waitFor(text: "结果：有不达标")
        let linked = try Self.query(
            folder,
            """
            SELECT count(*) FROM rectification_items i JOIN visits v ON v.id = i.source_record_id
            WHERE i.source = 'visit' AND i.raised_on = v.date AND i.household_id = v.household_id
            """)
        #expect(linked == "1")
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
        try session.sendKeys("6")
        try session.waitFor(text: "村站：问题清单")
        let title = try Self.query(folder, "SELECT title FROM rectification_items WHERE source_record_id IS NOT NULL")
        try session.sendKeys("/")
        try session.sendText(title)
        try session.sendKeys("Enter")  // keep the filter
        try session.waitFor(text: "第 1/1 行")
        try session.sendKeys("Enter")
        try session.waitFor(text: "（按 o 查看）")
        try session.sendKeys("o")
        let record = try session.waitFor(text: "村站：走访记录（只读）：走访 ")
        #expect(record.contains { $0.contains("：不达标") }, "\(record)")
        try session.sendKeys("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
    }
}
