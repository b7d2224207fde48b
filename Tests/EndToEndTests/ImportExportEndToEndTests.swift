import Foundation
import Testing

/// The real `cunzhan` in tmux importing a roster from the import screen (try, then confirm), and the
/// `import` and `export` subcommands on the same store. Every wait polls the screen.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux 未安装：端到端测试需要 tmux（apt-get install tmux）"))
struct ImportExportEndToEndTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SpreadsheetsTests/Fixtures")

    /// A small demo store (one village, 5 households) in `folder`, made by `cunzhan demo`.
    private func makeStore(in folder: DataFolder) throws -> String {
        let path = folder.path + "/station.sqlite"
        _ = try Subprocess.run([CunzhanBinary.path, "demo", "--db", path, "--households", "5"])
        return path
    }

    private func households(_ path: String) throws -> Int {
        let output = try Subprocess.run(["sqlite3", path, "SELECT count(*) FROM households"])
        return try #require(Int(output.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func aGridWorkerTriesThenImportsARosterFromTheImportScreen() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let store = try makeStore(in: folder)
        let roster = folder.path + "/roster.xlsx"
        try FileManager.default.copyItem(
            atPath: Self.fixtures.appendingPathComponent("roster-openpyxl.xlsx").path, toPath: roster)
        let before = try households(store)
        let session = try TmuxSession(
            command: [CunzhanBinary.path, "--db", store], width: 80, height: 24,
            environment: ["LANG": "C.UTF-8", "HOME": folder.path], unset: ["CUNZHAN_DB", "LC_ALL"])
        try session.waitFor(text: "请登录村站", timeout: .seconds(60))
        try session.sendText("张网格")
        try session.sendKeys("Enter")
        try session.sendText("333333")
        try session.sendKeys("Enter")
        try session.waitFor(text: "[i] 导入花名册")
        try session.sendKeys("i")
        try session.waitFor(text: "村站：导入花名册")
        try session.sendText(roster)
        try session.sendKeys("Enter")
        let tried = try session.waitFor(text: "试导入（未做任何更改）")
        #expect(tried.contains { $0.contains("共 5 行，新增 5") }, "\(tried)")
        #expect(try households(store) == before)
        try session.sendKeys("C-s")
        try session.waitFor(text: "已导入：共 5 行，新增 5")
        #expect(try households(store) == before + 2)
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
        try session.sendKeys("q")
        #expect(try session.waitForExit().status == 0)
        let check = try Subprocess.run([CunzhanBinary.path, "check", "--db", store])
        #expect(check.contains("检查通过"), "\(check)")
    }

    @Test func theCommandsExportTheRosterAndImportItBackUnchanged() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let store = try makeStore(in: folder)
        let out = folder.path + "/花名册.xlsx"
        let exported = try Subprocess.run([CunzhanBinary.path, "export", "households", "--db", store, "--out", out])
        #expect(exported.contains("已导出农户花名册"), "\(exported)")
        let dryRun = try Subprocess.run([CunzhanBinary.path, "import", "households", out, "--db", store, "--dry-run"])
        #expect(dryRun.contains("新增 0，更新 0") && dryRun.contains("拒绝 0"), "\(dryRun)")
        #expect(FileManager.default.fileExists(atPath: out + ".导入报告.csv"))
    }
}
