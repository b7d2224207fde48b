import Foundation
import Testing

/// `cunzhan keytest` driven in tmux: what the real ncurses backend decodes, and that it always gives the terminal back.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux 未安装：端到端测试需要 tmux（apt-get install tmux）"))
struct KeyTestEndToEndTests {
    static let title = "按键测试：按 q 退出"

    private func start(
        width: Int = 80, height: Int = 24, environment: [String: String] = ["LANG": "C.UTF-8"], unset: [String] = []
    ) throws -> TmuxSession {
        let session = try TmuxSession(
            command: [CunzhanBinary.path, "keytest"], width: width, height: height, environment: environment,
            unset: unset
        )
        try session.waitFor(text: Self.title)
        return session
    }

    private func quitAndExpectRestored(_ session: TmuxSession) throws {
        try session.sendKeys("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(exit.terminalRestored, "\(exit.screen)")
    }

    @Test func startsAt80By24AndShowsItsTitleAndSize() throws {
        let session = try start()
        let screen = try session.waitFor(text: "窗口 80x24")
        #expect(screen.first == Self.title)
        try quitAndExpectRestored(session)
    }

    @Test func decodesControlFunctionAndChineseKeys() throws {
        let session = try start()
        try session.sendKeys("C-s")
        try session.waitFor(text: "Ctrl-S")
        try session.sendKeys("F1")
        try session.waitFor(text: "F1")
        try session.sendText("张三")
        try session.waitFor(text: "字符 张")
        try session.waitFor(text: "字符 三")
        try session.sendKeys("BTab", "Enter", "BSpace", "Escape")
        try session.waitFor(text: "Esc")
        let screen = try session.capture()
        #expect(screen.contains { $0.contains("Shift-Tab") })
        #expect(screen.contains { $0.contains("回车 Enter") })
        #expect(screen.contains { $0.contains("退格 Backspace") })
        try quitAndExpectRestored(session)
    }

    @Test func reportsAResizeTo100By30() throws {
        let session = try start()
        try session.resize(width: 100, height: 30)
        try session.waitFor(text: "尺寸 100x30")
        try session.waitFor(text: "窗口 100x30")
        try quitAndExpectRestored(session)
    }

    @Test func survivesAResizeTo10By5AndRedrawsWhenLargerAgain() throws {
        let session = try start()
        try session.resize(width: 10, height: 5)
        try session.sendText("x")
        try session.resize(width: 80, height: 24)
        try session.waitFor(text: "字符 x")
        try session.waitFor(text: "窗口 80x24")
        try quitAndExpectRestored(session)
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        let session = try start()
        try session.sendKeys("C-c")
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(exit.terminalRestored, "\(exit.screen)")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try start()
        let pid = try #require(try session.commandProcessID())
        #expect(kill(pid, SIGTERM) == 0)
        let exit = try session.waitForExit()
        #expect(exit.status == 128 + Int(SIGTERM), "\(exit.screen)")
        #expect(exit.terminalRestored, "\(exit.screen)")
    }

    @Test func handlesAStormOfAThousandKeys() throws {
        let session = try start()
        try session.sendText(String(repeating: "a", count: 1_000))
        try session.waitFor(text: "共收到 1000 个事件")
        try quitAndExpectRestored(session)
    }

    @Test func invalidUTF8DoesNotStopInput() throws {
        let session = try start()
        try session.sendBytes([0xFF, 0xFE, 0xC3])
        try session.sendText("z")
        try session.waitFor(text: "字符 z")
        try quitAndExpectRestored(session)
    }

    @Test(arguments: ["dumb", "no-such-terminal-xyz"])
    func anUnusableTermFallsBackToXterm(term: String) throws {
        let session = try start(environment: ["LANG": "C.UTF-8", "TERM": term])
        try session.waitFor(text: "终端 xterm-256color")
        try quitAndExpectRestored(session)
    }

    @Test func anUnsetTermFallsBackToXterm() throws {
        let session = try start(unset: ["TERM"])
        try session.waitFor(text: "终端 xterm-256color")
        try quitAndExpectRestored(session)
    }

    @Test func aNonUTF8LocaleSwitchesToCUTF8() throws {
        let session = try start(environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try session.waitFor(text: "语言环境 C.")
        #expect(screen.contains { $0.contains("语言环境 C.UTF-8") || $0.contains("语言环境 C.utf8") })
        try session.sendText("张")
        try session.waitFor(text: "字符 张")
        try quitAndExpectRestored(session)
    }
}
