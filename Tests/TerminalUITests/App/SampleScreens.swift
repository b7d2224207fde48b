@testable import TerminalUI

/// A household list that loads its rows through an effect, for the program tests.
struct HouseholdListScreen: Screen {
    enum Action: Sendable, Equatable {
        case householdsLoaded([String])
        case deleteConfirmed
        case deleteCancelled
    }

    var rows: [String] = []
    var selected = 0
    var appearCount = 0
    var answers: [Action] = []
    let source: @Sendable () -> [String]

    init(source: @escaping @Sendable () -> [String] = { ["张三", "李四", "王五"] }) {
        self.source = source
    }

    var title: String { "农户列表" }
    var keyHints: [KeyHint] {
        [
            KeyHint(keys: "Enter", action: "查看"), KeyHint(keys: "n", action: "新增走访"),
            KeyHint(keys: "d", action: "删除"), KeyHint(keys: "/", action: "查找"),
        ]
    }

    mutating func appear() -> [ScreenCommand] {
        appearCount += 1
        let source = source
        return [.run { Action.householdsLoaded(source()) }]
    }

    mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(.down):
            selected = min(selected + 1, max(0, rows.count - 1))
        case .key(.up):
            selected = max(selected - 1, 0)
        case .key(.character("n")):
            return [.push(VisitFormScreen())]
        case .key(.character("d")):
            return [
                .confirm(
                    Confirmation(title: "删除", message: "确定删除这一户吗？", yes: Action.deleteConfirmed, no: .deleteCancelled))
            ]
        case .key(.character("m")):
            return [.message(title: "提示", text: "已保存 3 条走访记录。")]
        default:
            break
        }
        return []
    }

    mutating func receive(_ action: Action) -> [ScreenCommand] {
        answers.append(action)
        if case .householdsLoaded(let loaded) = action { rows = loaded }
        return []
    }

    func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        for (index, row) in rows.prefix(rect.height).enumerated() {
            let style = index == selected ? theme.selection : theme.normal
            canvas.draw(TextLayout.fit(row, width: 20), at: Point(x: rect.x + 1, y: rect.y + index), style: style)
        }
    }
}

/// A form with a text field that captures printable keys and has unsaved changes once typed into.
struct VisitFormScreen: Screen {
    var note = ""
    var isEditingNote = true

    var title: String { "新增走访" }
    var keyHints: [KeyHint] { [KeyHint(keys: "Ctrl-S", action: "保存"), KeyHint(keys: "Esc", action: "返回")] }
    var hasUnsavedChanges: Bool { !note.isEmpty }
    var capturesText: Bool { isEditingNote }

    mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(.tab):
            isEditingNote.toggle()
        case .key(.character(let character)) where isEditingNote:
            note.append(character)
        case .key(.escape):
            return [.pop]
        case .key(.control("s")):
            note = ""
            return [.pop]
        default:
            break
        }
        return []
    }

    func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let used = canvas.draw("备注：" + note, at: Point(x: rect.x + 1, y: rect.y + 1))
        canvas.cursor = Point(x: rect.x + 1 + used, y: rect.y + 1)
    }
}
