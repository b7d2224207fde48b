import ArgumentParser
import TerminalUI
import TerminalUINcurses

/// `cunzhan keytest`: shows the keys and sizes the terminal reports, so users and tests can check a terminal.
///
/// It opens the real ncurses terminal, lists the last events in Chinese (`字符 张 U+5F20`, `Ctrl-S`, `F1`,
/// `尺寸 100x30`) with the window size, and quits on `q` or Ctrl-C, restoring the terminal.
struct KeyTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keytest",
        abstract: "按键测试：显示终端送来的按键和窗口尺寸，用于诊断终端设置"
    )

    /// How many recent events the screen lists.
    static let shownEvents = 10

    func run() throws {
        let terminal = try NcursesTerminal()
        defer { terminal.close() }
        var recent: [String] = []
        var received = 0
        while true {
            terminal.present(Self.render(terminal: terminal, recent: recent, received: received))
            for event in terminal.nextEvents(timeoutMilliseconds: nil) {
                if event == .key(.character("q")) || event == .key(.control("c")) { return }
                received += 1
                recent.append("\(received). \(Self.describe(event))")
            }
            recent = Array(recent.suffix(Self.shownEvents))
        }
    }

    /// The screen: title, terminal facts, then the recent events, oldest first.
    static func render(terminal: NcursesTerminal, recent: [String], received: Int) -> Canvas {
        var canvas = Canvas(size: terminal.size)
        let colors = terminal.capabilities.colors ? "有" : "无"
        let mouse = terminal.capabilities.mouse ? "有" : "无"
        put("按键测试：按 q 退出", x: 0, y: 0, style: .bold, on: &canvas)
        put("窗口 \(terminal.size)  终端 \(terminal.terminalType)  语言环境 \(terminal.localeName)", x: 0, y: 1, on: &canvas)
        put("颜色 \(colors)  鼠标 \(mouse)  共收到 \(received) 个事件", x: 0, y: 2, on: &canvas)
        put("最近的事件（最新的在最下面）：", x: 0, y: 4, on: &canvas)
        for (index, line) in recent.enumerated() {
            put("  " + line, x: 0, y: 5 + index, on: &canvas)
        }
        return canvas
    }

    /// A short Chinese description of an event; characters that could disturb the screen show as code points.
    static func describe(_ event: InputEvent) -> String {
        switch event {
        case .key(let key): describe(key)
        case .resize(let size): "尺寸 \(size)"
        case .mouse(let click): "鼠标 按键\(click.button) 列\(click.position.x) 行\(click.position.y)"
        case .invalid: "无效输入"
        }
    }

    static func describe(_ key: Key) -> String {
        switch key {
        case .character(let character):
            let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
            let shown = character == " " ? "空格" : isDrawable(character) ? String(character) : "?"
            return "字符 \(shown) \(codes.joined(separator: " "))"
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .function(let number): return "F\(number)"
        case .enter: return "回车 Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "退格 Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .up: return "上"
        case .down: return "下"
        case .left: return "左"
        case .right: return "右"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PageUp"
        case .pageDown: return "PageDown"
        }
    }

    /// True when every code point of the character draws as itself (no controls, format or unassigned ones).
    private static func isDrawable(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned,
                .spaceSeparator:
                false
            default: true
            }
        }
    }

    /// Writes text from (x, y), two cells for wide characters, stopping before a character that does not fit.
    private static func put(_ text: String, x: Int, y: Int, style: Style = .plain, on canvas: inout Canvas) {
        var column = x
        for character in text {
            let width = max(1, NcursesTerminal.displayWidth(of: character))
            guard column + width <= canvas.size.width else { return }
            canvas[column, y] = Cell(text: String(character), style: style)
            if width == 2 { canvas[column + 1, y] = Cell(text: "", style: style, isContinuation: true) }
            column += width
        }
    }
}
