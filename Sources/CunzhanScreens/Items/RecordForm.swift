import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// A form of `Screens/` whose answers become one store action: the 四定闭环's dialogs (定责, 提交验收, 销号,
/// 退回, 回头看, 申请延期, 批准延期) and its records (调度, 督导, 事项, 月度主题) all share it.
///
/// Ctrl-S checks the form against its definition, then runs `commit` in an effect: it reads the answers
/// (throwing `FormMappingError` for a field it cannot use) and writes in one store transaction (throwing
/// `StoreError`). A problem is shown under its field and on the message line; nothing typed is lost. Once
/// saved the form closes and the screen below reads its data again.
public struct RecordForm: Screen {
    public enum Action: Sendable {
        case saved
        case mappingFailed(FormMappingError)
        case refused(StoreError)
        case leaveChosen
    }

    /// Reads the answers and writes them in one store transaction.
    public typealias Commit = @Sendable ([String: String]) throws -> Void

    public let title: String
    let intro: String
    let definition: FormDefinition
    let commit: Commit
    var form: DefinedForm
    var message: String?
    var messageIsError = false
    var isSaved = false
    var formRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)

    /// A form for `definition` starting with `values` over its defaults, saving through `commit`.
    public init(
        title: String, intro: String, definition: FormDefinition, values: [String: String] = [:],
        context: StationContext, commit: @escaping Commit
    ) {
        self.title = title
        self.intro = intro
        self.definition = definition
        self.commit = commit
        form = DefinedForm(definition: definition, today: context.today(), userName: context.user.name, values: values)
    }

    public var keyHints: [KeyHint] { FormScreenLayout.keyHints }
    public var hasUnsavedChanges: Bool { form.isDirty && !isSaved }
    public var capturesText: Bool { form.form.focusedField?.kind.isTyped ?? false }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        formRect = FormScreenLayout.formArea(in: rect)
        form.fit(to: formRect)
        return []
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(.escape):
            return FormScreenLayout.leaving(
                hasUnsavedChanges: hasUnsavedChanges, title: "放弃填写", message: "已填写的内容还没有保存。确定放弃吗？",
                yes: Action.leaveChosen)
        case .key(let key):
            switch form.handle(key) {
            case .saveRequested(let values):
                return save(values)
            case .saveBlocked:
                // The form shows the summary of what to fix itself.
                show(nil, isError: false)
            case .changed, .focusChanged, .handled, .ignored:
                break
            }
            return []
        case .mouse(let click):
            _ = form.handle(click, in: formRect)
            return []
        case .resize, .invalid:
            return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .saved:
            isSaved = true
            return [.pop]
        case .mappingFailed(let error):
            form.showErrors(error.problems)
            show(form.errorSummary ?? error.description, isError: true)
            return []
        case .refused(let error):
            if let fieldID = fieldID(of: error) { form.showErrors([fieldID: error.message]) }
            show("未保存：" + error.message, isError: true)
            return []
        case .leaveChosen:
            return [.pop]
        }
    }

    /// The field a store refusal is about: the workflow's field, else the label that opens the message.
    func fieldID(of error: StoreError) -> FieldID? {
        if let label = error.workflowError?.field, let field = definition.fields.first(where: { $0.label == label }) {
            return field.id
        }
        return StoreRefusal.fieldID(of: error, in: definition)
    }

    mutating func save(_ values: [String: String]) -> [ScreenCommand] {
        show("正在保存...", isError: false)
        let commit = commit
        return [
            .run { () -> Action in
                do {
                    try commit(values)
                    return .saved
                } catch let error as FormMappingError {
                    return .mappingFailed(error)
                } catch {
                    return .refused(StoreError.from(error))
                }
            }
        ]
    }

    mutating func show(_ text: String?, isError: Bool) {
        message = text
        messageIsError = isError
    }

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        FormScreenLayout.drawMessageLine(
            message: message, isError: messageIsError, intro: intro, into: &canvas, in: rect, theme: theme)
        form.render(into: &canvas, in: FormScreenLayout.formArea(in: rect), theme: theme, focused: true)
    }
}

extension StoreError {
    /// Any error of a form's commit as a store error (a `StoreError` as it is).
    static func from(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? ValidationError { return StoreError(.invalidValue, error.message) }
        return StoreError(.databaseError, "保存失败：\(error)")
    }
}
