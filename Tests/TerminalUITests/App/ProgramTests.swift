import Testing

@testable import TerminalUI

@Suite struct ProgramTests {
    let status = StatusLine(station: "一号站", village: "王家坪村", user: "张三", role: "网格员", syncState: "已同步")

    func makeProgram(size: Size = .minimum) -> Program {
        Program(root: HouseholdListScreen(), status: status, theme: .monochrome, size: size)
    }

    @Test func rootScreenLoadsItsRowsThroughAnEffectOnAppear() {
        var program = makeProgram()
        let frame = program.step([])
        #expect(frame.lines[1].contains("张三"))
        #expect(frame.lines[3].contains("王五"))
        let screen = program.topScreen as? HouseholdListScreen
        #expect(screen?.appearCount == 1)
    }

    @Test func pushShowsTheNewScreenAndPopReturnsAndReloads() {
        var program = makeProgram()
        var frame = program.step([.key(.character("n"))])
        #expect(program.screenTitles == ["农户列表", "新增走访"])
        #expect(frame.lines[0].contains("新增走访"))
        #expect(frame.cursor == Point(x: 7, y: 2))
        frame = program.step([.key(.escape)])
        #expect(program.screenTitles == ["农户列表"])
        #expect(frame.lines[0].contains("农户列表"))
        #expect((program.topScreen as? HouseholdListScreen)?.appearCount == 2)
    }

    @Test func effectResultForAClosedScreenIsDropped() {
        var program = makeProgram()
        program.deliver(HouseholdListScreen.Action.householdsLoaded(["赵六"]), to: 999, depth: 0)
        #expect((program.topScreen as? HouseholdListScreen)?.rows == ["张三", "李四", "王五"])
    }

    @Test func f1AndQuestionMarkOpenHelpAndAnyKeyClosesIt() {
        var program = makeProgram()
        var frame = program.step([.key(.function(1))])
        #expect(program.isShowingOverlay)
        let text = frame.lines.joined(separator: "\n")
        for needle in ["新增走访", "删除", "查找", "F1 / ?", "Ctrl-C", "立即退出"] { #expect(text.contains(needle)) }
        frame = program.step([.key(.down)])
        #expect(!program.isShowingOverlay)
        #expect((program.topScreen as? HouseholdListScreen)?.selected == 0)
        _ = program.step([.key(.character("?"))])
        #expect(program.isShowingOverlay)
    }

    @Test func questionMarkAndQGoToAScreenThatCapturesText() {
        var program = makeProgram()
        _ = program.step([.key(.character("n")), .key(.character("q")), .key(.character("?"))])
        #expect(!program.isShowingOverlay && !program.isFinished)
        #expect((program.topScreen as? VisitFormScreen)?.note == "q?")
    }

    @Test func qQuitsAtOnceWhenNothingIsUnsaved() {
        var program = makeProgram()
        _ = program.step([.key(.character("q"))])
        #expect(program.isFinished)
    }

    @Test func quittingWithUnsavedChangesAsksAndNoKeepsEverything() {
        var program = makeProgram()
        let typing: [InputEvent] = "到访".map { .key(.character($0)) }
        var frame = program.step([.key(.character("n"))] + typing + [.key(.tab), .key(.character("q"))])
        #expect(!program.isFinished)
        #expect(frame.lines.joined().contains("有未保存的修改"))
        frame = program.step([.key(.character("n"))])
        #expect(!program.isFinished && !program.isShowingOverlay)
        #expect((program.topScreen as? VisitFormScreen)?.note == "到访")
        _ = program.step([.key(.character("q")), .key(.character("y"))])
        #expect(program.isFinished)
    }

    @Test func ctrlCQuitsImmediatelyEvenWithUnsavedChanges() {
        var program = makeProgram()
        _ = program.step([.key(.character("n")), .key(.character("字")), .key(.control("c"))])
        #expect(program.isFinished)
    }

    @Test func confirmAnswerGoesBackToTheAskingScreen() {
        var program = makeProgram()
        _ = program.step([.key(.character("d"))])
        #expect(program.isShowingOverlay)
        _ = program.step([.key(.down)])  // ignored: a confirmation waits for yes or no
        #expect(program.isShowingOverlay)
        _ = program.step([.key(.enter), .key(.character("d")), .key(.escape)])
        let answers = (program.topScreen as? HouseholdListScreen)?.answers.dropFirst()
        #expect(answers.map(Array.init) == [.deleteConfirmed, .deleteCancelled])
    }

    @Test func tooSmallWindowShowsTheChineseMessageAndRecoversOnResize() {
        var program = makeProgram()
        var frame = program.step([.resize(Size(width: 60, height: 20)), .key(.character("n"))])
        #expect(program.isTooSmall)
        #expect(frame.lines.joined().contains("终端窗口太小"))
        #expect(frame.lines.joined().contains("当前 60x20"))
        #expect(program.screenTitles == ["农户列表"])  // keys are ignored while too small
        frame = program.step([.resize(Size(width: 100, height: 30))])
        #expect(!program.isTooSmall)
        #expect(frame.size == Size(width: 100, height: 30))
        #expect(frame.lines[0].contains("农户列表"))
    }

    @Test(arguments: [
        Size(width: 10, height: 5), Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 79, height: 24),
    ])
    func tinyWindowsDrawWithinTheirSize(size: Size) {
        var program = makeProgram(size: size)
        let frame = program.step([.key(.function(1)), .key(.character("d"))])
        #expect(frame.lines.count == size.height)
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == size.width })
        #expect(!program.isShowingOverlay)
    }

    @Test func updateStatusChangesTheTopBar() {
        var program = makeProgram()
        program.apply([.updateStatus { $0.syncState = "待同步 3 条" }], from: 0, depth: 0)
        #expect(program.step([]).lines[0].contains("同步：待同步 3 条"))
    }

    @Test func popOfTheLastScreenAsksToQuit() {
        var program = makeProgram()
        program.apply([.pop], from: 0, depth: 0)
        #expect(program.isFinished)
    }
}
