import TerminalUI

/// What every form screen (visit, household, member) shares: a message line on top, the form under it,
/// and the same keys, so the forms look and behave alike and a change to their chrome is made once.
enum FormScreenLayout {
    /// The keys of a form screen, most used first and Esc last (the key bar shows as many as fit and always
    /// ends with Esc; help shows all).
    static let keyHints = [
        KeyHint(keys: "Ctrl-S", action: "保存"),
        KeyHint(keys: "Tab", action: "下一项"),
        KeyHint(keys: "空格", action: "选择"),
        KeyHint(keys: "Shift-Tab", action: "上一项"),
        KeyHint(keys: "左右", action: "换选项"),
        KeyHint(keys: "Esc", action: "返回"),
    ]

    /// The area the form itself gets: everything under the message line.
    static func formArea(in rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
    }

    /// Draws the message line: the last problem (marked 【错误】 for monochrome terminals) or what happened,
    /// else `intro`, the sentence that says what this form is for.
    static func drawMessageLine(
        message: String?, isError: Bool, intro: String?, into canvas: inout Canvas, in rect: Rect, theme: Theme
    ) {
        guard rect.height > 0 else { return }
        let line = Point(x: rect.x, y: rect.y)
        if let message {
            let text = isError ? "【错误】" + message : message
            canvas.draw(text, at: line, style: isError ? theme.error : theme.dim, maxWidth: rect.width)
        } else if let intro {
            canvas.draw(intro, at: line, style: theme.dim, maxWidth: rect.width)
        }
    }

    /// What Esc does on a form: goes back at once when nothing typed is unsaved, else asks first and sends
    /// `yes` back to the form when the user chooses to leave.
    static func leaving<Action: Sendable>(
        hasUnsavedChanges: Bool, title: String, message: String, yes: Action
    ) -> [ScreenCommand] {
        guard hasUnsavedChanges else { return [.pop] }
        return [.confirm(Confirmation(title: title, message: message, yes: yes))]
    }
}
