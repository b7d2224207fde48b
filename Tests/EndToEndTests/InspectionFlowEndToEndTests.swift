import Foundation
import Testing

/// The real `cunzhan --demo` in tmux: a grid worker opens the coverage board, logs an inspection of a
/// household not yet reached, and sees the grid's number go up by one; the store stays sound.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux 未安装：端到端测试需要 tmux（apt-get install tmux）"))
struct InspectionFlowEndToEndTests {
    /// The reached count of the first grid line ("第一网格 ... 12/50 户"), or nil.
    static func reached(on lines: [String]) -> Int? {
        guard let line = lines.first(where: { $0.contains("第一网格") }),
            let range = line.range(of: #"\d+/\d+ 户"#, options: .regularExpression)
        else { return nil }
        return Int(line[range].prefix { $0.isNumber })
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aGridWorkerLogsAnInspectionAndSeesCoverageGrow(width: Int, height: Int) throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try TmuxSession(
            command: [CunzhanBinary.path, "--demo"], width: width, height: height,
            environment: ["LANG": "C.UTF-8", "XDG_DATA_HOME": folder.path, "HOME": folder.path],
            unset: ["CUNZHAN_DB", "LC_ALL"])
        try session.waitFor(text: "请登录村站", timeout: .seconds(90))
        try session.sendText("张网格")
        try session.sendKeys("Enter")
        try session.sendText("333333")
        try session.sendKeys("Enter")
        try session.waitFor(text: "按键开始工作")
        try session.sendKeys("3")
        let board = try session.waitUntil("the board with 第一网格") { Self.reached(on: $0) != nil }
        #expect(board.contains { $0.contains("排查周期：") && $0.contains("还剩") }, "\(board)")
        #expect(board.contains { $0.contains("第一网格") && $0.contains("张网格（本人）") }, "\(board)")
        let before = try #require(Self.reached(on: board))

        try session.sendKeys("Enter")
        try session.waitFor(text: "尚未排查的农户")
        try session.sendKeys("Enter")
        try session.waitFor(text: "村站：网格排查：")
        try session.waitFor(text: "本月主题：")
        try session.sendKeys("C-s")
        try session.waitFor(text: "尚未排查的农户")
        try session.sendKeys("Escape")
        let after = try session.waitUntil("第一网格 one more reached") { Self.reached(on: $0) == before + 1 }
        #expect(Self.reached(on: after) == before + 1)

        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
        try session.sendKeys("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        let check = try Subprocess.run([
            CunzhanBinary.path, "check", "--db", VisitFlowEndToEndTests.demoPath(folder),
        ])
        #expect(check.contains("检查通过"), "\(check)")
    }
}
