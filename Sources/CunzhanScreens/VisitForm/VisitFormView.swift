import TerminalUI

/// How the visit form draws itself: one message line (the last problem or what happened), then the form.
extension VisitForm {
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        let intro = "户主 \(household.headName)  户编号 \(household.householdNumber)  填写后按 Ctrl-S 保存，草稿自动保存"
        FormScreenLayout.drawMessageLine(
            message: message, isError: messageIsError, intro: intro, into: &canvas, in: rect, theme: theme)
        form.render(into: &canvas, in: FormScreenLayout.formArea(in: rect), theme: theme, focused: true)
    }
}
