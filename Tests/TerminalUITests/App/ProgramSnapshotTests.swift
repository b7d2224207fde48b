import Testing

@testable import TerminalUI

/// Golden frames of the app chrome; regenerate on purpose with `CUNZHAN_RECORD_SNAPSHOTS=1`.
@Suite struct ProgramSnapshotTests {
    let status = StatusLine(station: "一号站", village: "王家坪村", user: "张三", role: "网格员", syncState: "已同步")

    func frame(size: Size = .minimum, after events: [InputEvent] = []) -> Canvas {
        var program = Program(root: HouseholdListScreen(), status: status, theme: .monochrome, size: size)
        return program.step(events)
    }

    @Test func topAndKeyBarsAt80Columns() throws {
        try assertSnapshot(frame(), named: "App/bars-80x24")
    }

    @Test func topAndKeyBarsAt120Columns() throws {
        try assertSnapshot(frame(size: Size(width: 120, height: 30)), named: "App/bars-120x30")
    }

    @Test func keyBarOfAScreenThatCapturesTextOffersCtrlC() throws {
        try assertSnapshot(frame(after: [.key(.character("n")), .key(.character("到"))]), named: "App/form-80x24")
    }

    @Test func helpOverlay() throws {
        try assertSnapshot(frame(after: [.key(.function(1))]), named: "App/help-80x24")
    }

    @Test func tooSmallMessage() throws {
        try assertSnapshot(frame(size: Size(width: 60, height: 20)), named: "App/too-small-60x20")
    }

    @Test func messageBox() throws {
        try assertSnapshot(frame(after: [.key(.character("m"))]), named: "App/message-80x24")
    }

    @Test func confirmDialog() throws {
        try assertSnapshot(frame(after: [.key(.character("d"))]), named: "App/confirm-80x24")
    }

    @Test func quitConfirmation() throws {
        let typing: [InputEvent] = [.key(.character("n")), .key(.character("到")), .key(.tab), .key(.character("q"))]
        try assertSnapshot(frame(after: typing), named: "App/quit-confirm-80x24")
    }
}

@Suite struct ProgramBarTests {
    @Test func longStatusIsCutWithDotsAndTheBarKeepsItsWidth() {
        let status = StatusLine(
            station: "某某县某某乡镇第一村级工作站", village: "王家坪村", user: "欧阳娜娜", role: "驻村第一书记",
            syncState: "待同步 128 条")
        for width in [80, 81, 99, 120] {
            var program = Program(root: HouseholdListScreen(), status: status, size: Size(width: width, height: 24))
            let top = program.step([]).lines[0]
            #expect(DisplayWidth.of(top) == width)
            #expect(top.contains("村站：农户列表"))
            #expect(top.contains("同步：待同步 128 条"))
        }
    }

    @Test func keyBarKeepsTheEscKeyLastWhenTheOthersDoNotAllFit() throws {
        struct Crowded: Screen {
            var title: String { "很多按键" }
            var keyHints: [KeyHint] {
                (1...20).map { KeyHint(keys: "F\($0)", action: "操作\($0)") } + [KeyHint(keys: "Esc", action: "返回")]
            }
            mutating func update(_ event: InputEvent) -> [ScreenCommand] { [] }
            func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {}
        }
        var program = Program(root: Crowded())
        let bar = program.step([]).lines[23]
        #expect(bar.hasPrefix("F1 操作1  F2 操作2"))
        #expect(!bar.contains("操作20"))
        // Only spaces between the screen's Esc and the app's own keys on the right.
        let esc = try #require(bar.firstRange(of: "Esc 返回"), "\(bar)")
        let help = try #require(bar.firstRange(of: "F1 帮助"))
        #expect(bar[esc.upperBound..<help.lowerBound].allSatisfy { $0 == " " }, "\(bar)")
    }

    @Test func keyBarDropsHintsThatDoNotFitButKeepsTheGlobalKeys() {
        struct Crowded: Screen {
            var title: String { "很多按键" }
            var keyHints: [KeyHint] { (1...20).map { KeyHint(keys: "F\($0)", action: "操作\($0)") } }
            mutating func update(_ event: InputEvent) -> [ScreenCommand] { [] }
            func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {}
        }
        var program = Program(root: Crowded())
        let bar = program.step([]).lines[23]
        #expect(bar.hasPrefix("F1 操作1  F2 操作2"))
        #expect(!bar.contains("操作20"))
        #expect(bar.hasSuffix("F1 帮助  q 退出 "))
    }
}
