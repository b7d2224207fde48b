import Foundation
import Testing

/// `cunzhan` opening the household register in tmux: the demo village, help, filter, resize, quitting, and
/// the clear refusals to start on a file that is not a store or on broken screen definitions.
///
/// Every test has its own data folder (XDG_DATA_HOME and HOME), so each makes and sees a private demo store.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux 未安装：端到端测试需要 tmux（apt-get install tmux）"))
struct HouseholdRegisterEndToEndTests {
    static let firstPosition = "第 1/300 行"

    /// Starts `cunzhan` with `arguments` in a fresh tmux pane whose data folder is `folder`.
    private func launch(
        _ arguments: [String], in folder: DataFolder, width: Int = 80, height: Int = 24
    ) throws -> TmuxSession {
        try TmuxSession(
            command: [CunzhanBinary.path] + arguments, width: width, height: height,
            environment: ["LANG": "C.UTF-8", "XDG_DATA_HOME": folder.path, "HOME": folder.path],
            unset: ["CUNZHAN_DB", "LC_ALL"])
    }

    /// Starts the demo, waits for the login, logs in as 张网格 and waits for the home screen.
    private func startDemoHome(in folder: DataFolder, extra: [String] = []) throws -> TmuxSession {
        let session = try launch(["--demo"] + extra, in: folder)
        try session.waitFor(text: "请登录村站", timeout: .seconds(60))
        try session.sendText("张网格")
        try session.sendKeys("Enter")
        try session.sendText("333333")
        try session.sendKeys("Enter")
        try session.waitFor(text: "按键开始工作")
        return session
    }

    /// Starts the demo, logs in, opens the register with `1` and waits for its header and first position.
    private func startDemo(in folder: DataFolder, extra: [String] = []) throws -> TmuxSession {
        let session = try startDemoHome(in: folder, extra: extra)
        try session.sendKeys("1")
        let screen = try session.waitFor(text: Self.firstPosition)
        #expect(screen.contains { $0.contains("户编号") && $0.contains("户主") }, "\(screen)")
        return session
    }

    private func quitAndExpectRestored(_ session: TmuxSession, key: String = "q") throws {
        try session.sendKeys(key)
        let exit = try session.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(exit.terminalRestored, "\(exit.screen)")
    }

    /// The total of the "第 n/N 行" on `screen`, nil when none shows.
    static func total(on screen: [String]) -> Int? {
        for line in screen {
            guard let range = line.range(of: #"第 \d+/\d+ 行"#, options: .regularExpression) else { continue }
            let text = line[range].dropFirst(2).dropLast(2)
            return text.split(separator: "/").last.flatMap { Int($0) }
        }
        return nil
    }

    /// True when `screen` shows the demo household whose number ends in `suffix` (four digits) as a row.
    static func showsHousehold(_ suffix: String, on screen: [String]) -> Bool {
        screen.contains { $0.range(of: #"^\d{12}"# + suffix + " ", options: .regularExpression) != nil }
    }

    @Test func demoOpensTheRegisterAt80By24AndQExitsRestoringTheTerminal() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemo(in: folder)
        let screen = try session.capture()
        #expect(screen.first?.contains("村站：农户") == true, "\(screen)")
        #expect(Self.showsHousehold("0001", on: screen))
        #expect(Self.showsHousehold("0020", on: screen))
        #expect(!Self.showsHousehold("0021", on: screen))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/cunzhan/demo.sqlite"))
        try quitAndExpectRestored(session)
    }

    @Test func aWrongPINIsRefusedThenHomeShowsTheUserAndEscReturnsFromTheRegister() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try launch(["--demo"], in: folder)
        try session.waitFor(text: "请登录村站", timeout: .seconds(60))
        try session.sendText("张网格")
        try session.sendKeys("Enter")
        try session.sendText("000000")
        try session.sendKeys("Enter")
        let refused = try session.waitFor(text: "密码不对")
        #expect(refused.contains { $0.contains("还可再试 4 次") }, "\(refused)")
        try session.sendText("333333")
        try session.sendKeys("Enter")
        let home = try session.waitFor(text: "按键开始工作")
        // The top bar names the user and keeps the whole sync state; the greeting names the role.
        #expect(home.first?.contains("用户：张网格") == true && home.first?.contains("上次同步") == true, "\(home)")
        #expect(home.contains { $0.contains("张网格（村干部/网格员）") }, "\(home)")
        #expect(home.contains { $0.contains("本站农户：300 户") }, "\(home)")
        try session.sendKeys("1")
        try session.waitFor(text: Self.firstPosition)
        try session.sendKeys("Escape")
        try session.waitFor(text: "按键开始工作")
        try quitAndExpectRestored(session)
    }

    @Test func ctrlCExitsAndRestoresTheTerminal() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemo(in: folder)
        try quitAndExpectRestored(session, key: "C-c")
    }

    @Test(arguments: ["F1", "?"])
    func helpListsTheKeysAndClosesOnAKey(key: String) throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemo(in: folder)
        try session.sendKeys(key)
        // Wait for the box's last line: a capture may land while the terminal is still drawing the box.
        let help = try session.waitFor(text: "按任意键关闭")
        #expect(help.contains { $0.contains("帮助：农户") }, "\(help)")
        #expect(help.contains { $0.contains("PgUp PgDn") && $0.contains("翻页") }, "\(help)")
        #expect(help.contains { $0.contains("全局按键：") }, "\(help)")
        try session.sendKeys("x")
        try session.waitUntil("帮助关闭") { lines in
            !lines.contains { $0.contains("本页按键：") } && lines.contains { $0.contains(Self.firstPosition) }
        }
        try quitAndExpectRestored(session)
    }

    @Test func typingAChineseSurnameFiltersAndEscapeRestoresAll() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemo(in: folder)
        try session.sendKeys("/")
        try session.waitFor(text: "筛选：")
        try session.sendText("张")
        let filtered = try session.waitUntil("按“张”筛选后的行数") { lines in
            lines.contains { $0.contains("筛选：张") } && (Self.total(on: lines).map { $0 > 0 && $0 < 300 } ?? false)
        }
        let rows = filtered.filter { $0.range(of: #"^\d{16} "#, options: .regularExpression) != nil }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(" 张") }, "\(filtered)")
        try session.sendKeys("Escape")
        try session.waitUntil("清除筛选") { lines in
            lines.contains { $0.contains(Self.firstPosition) } && !lines.contains { $0.contains("筛选：") }
        }
        try quitAndExpectRestored(session)
    }

    @Test func resizingRedrawsEachTimeAndBelow80By24AsksForRoom() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let session = try startDemo(in: folder)
        try session.resize(width: 120, height: 30)
        let large = try session.waitUntil("120×30 的界面") { lines in
            Self.showsHousehold("0026", on: lines) && lines.contains { $0.contains("Enter 查看") }
        }
        #expect(!Self.showsHousehold("0027", on: large), "\(large)")
        try session.resize(width: 60, height: 20)
        try session.waitFor(text: "终端窗口太小")
        try session.resize(width: 80, height: 24)
        let back = try session.waitUntil("80×24 的界面") { lines in
            !lines.contains { $0.contains("太小") } && lines.contains { $0.contains(Self.firstPosition) }
                && Self.showsHousehold("0020", on: lines)
        }
        #expect(!Self.showsHousehold("0021", on: back), "\(back)")
        try quitAndExpectRestored(session)
    }

    @Test func aFileThatIsNotAStoreIsRefusedInChineseAndLeftUnchanged() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let path = folder.path + "/notes.sqlite"
        let content = Data("这不是数据库，是一份笔记。\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let session = try launch(["--db", path], in: folder)
        let exit = try session.waitForExit()
        #expect(exit.status == 1, "\(exit.screen)")
        #expect(exit.terminalRestored, "\(exit.screen)")
        #expect(exit.screen.contains { $0.contains("错误：无法打开数据文件") && $0.contains("不是村站数据库") }, "\(exit.screen)")
        #expect(FileManager.default.contents(atPath: path) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.sqlite"])
    }

    @Test func aMalformedScreensFileNamesTheFileAndLineAndDoesNotStart() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let screens = try folder.makeScreens(
            "households.list.yaml", "list: households\ntitle: 农户\ncolumns: [ {id: head_name, label: 户主\n")
        let session = try launch(["--demo", "--screens", screens], in: folder)
        let exit = try session.waitForExit()
        #expect(exit.status == 1, "\(exit.screen)")
        let text = exit.screen.joined(separator: "\n")
        #expect(text.contains("错误：界面定义有误，程序未启动："), "\(text)")
        #expect(text.contains(screens + "/households.list.yaml 第 "), "\(text)")
        #expect(text.range(of: #"第 \d+ 行第 \d+ 列："#, options: .regularExpression) != nil, "\(text)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/cunzhan/demo.sqlite"))
    }

    @Test func aScreensOverrideThatRetitlesTheListShowsTheNewTitle() throws {
        let folder = try DataFolder()
        defer { folder.remove() }
        let screens = try folder.makeScreens(
            "households.list.yaml",
            """
            list: households
            title: 农户花名册
            columns:
              - {id: household_number, label: 户编号, width: 16}
              - {id: head_name, label: 户主, weight: 1}
              - {id: phone_masked, label: 联系电话, width: 12}
            """)
        let session = try startDemo(in: folder, extra: ["--screens", screens])
        let screen = try session.waitFor(text: "村站：农户花名册")
        #expect(screen.contains { $0.contains("联系电话") }, "\(screen)")
        #expect(!screen.contains { $0.contains("证件号") }, "\(screen)")
        try quitAndExpectRestored(session)
    }
}

/// A temporary folder used as one test's XDG_DATA_HOME and HOME.
///
/// Tests remove it in a `defer`, which also keeps it alive until the test ends (a deinit could run as soon
/// as the folder's last use, while `cunzhan` still works in it).
final class DataFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("cunzhan-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Deletes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` as `name` in a `screens` folder inside this one and returns that folder's path.
    func makeScreens(_ name: String, _ text: String) throws -> String {
        let directory = path + "/screens"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        return directory
    }
}
