import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// Adds or edits a grid with the `grid` form of `Screens/`: name, groups covered, grid worker, deputy.
///
/// The village's groups and the users who may be grid workers are read when the screen appears; a name
/// that is not found shows under its field. Saving writes a `create` or `patch` op in one transaction.
public struct GridEdit: Screen {
    public enum Action: Sendable {
        case loaded(groups: [VillagerGroup], workers: [ActingUser])
        case saved
        case failed(String)
        case leaveChosen
    }

    let existing: Grid?
    let villageID: VillageID
    let context: StationContext
    var form: DefinedForm?
    var groups: [VillagerGroup] = []
    var workers: [ActingUser] = []
    var message: String?
    var messageIsError = false
    var isSaved = false
    var formRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)

    public init(grid: Grid?, villageID: VillageID, context: StationContext) {
        existing = grid
        self.villageID = villageID
        self.context = context
    }

    public var title: String { existing.map { "编辑网格：\($0.name)" } ?? "新建网格" }
    public var keyHints: [KeyHint] { FormScreenLayout.keyHints }
    public var hasUnsavedChanges: Bool { (form?.isDirty ?? false) && !isSaved }
    public var capturesText: Bool { form?.form.focusedField?.kind.isTyped ?? false }

    var definition: FormDefinition? { context.catalog.form("grid") }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        formRect = FormScreenLayout.formArea(in: rect)
        form?.fit(to: formRect)
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        guard form == nil else { return [] }
        let store = context.store
        let villageID = villageID
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    let workers = try store.gridWorkerChoices().map { ActingUser(id: $0.id, name: $0.name) }
                    return .loaded(groups: try store.villagerGroups(in: villageID), workers: workers)
                } catch {
                    return .failed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(.escape):
            return FormScreenLayout.leaving(
                hasUnsavedChanges: hasUnsavedChanges, title: "放弃修改", message: "网格信息还没有保存。确定放弃吗？",
                yes: Action.leaveChosen)
        case .key(let key):
            guard var form else { return [] }
            let event = form.handle(key)
            self.form = form
            switch event {
            case .saveRequested(let values): return save(values)
            case .saveBlocked: show(form.errorSummary ?? "有需要修改的地方", isError: true)
            default: break
            }
            return []
        case .mouse(let click):
            _ = form?.handle(click, in: formRect)
            return []
        case .resize, .invalid:
            return []
        }
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .loaded(let groups, let workers):
            self.groups = groups
            self.workers = workers
            guard let definition else {
                show("界面定义缺少网格表单（grid），请检查 Screens 目录", isError: true)
                return []
            }
            let values = existing.map {
                GridFormMapping(definition: definition).values(from: $0, groups: groups, workers: workers)
            }
            var form = DefinedForm(
                definition: definition, today: context.today(), userName: context.user.name, values: values ?? [:])
            form.fit(to: formRect)
            self.form = form
            return []
        case .saved:
            isSaved = true
            return [.pop]
        case .failed(let text):
            show(text, isError: true)
            return []
        case .leaveChosen:
            return [.pop]
        }
    }

    mutating func save(_ values: [String: String]) -> [ScreenCommand] {
        guard let definition else { return [] }
        let grid: Grid
        do {
            grid = try GridFormMapping(definition: definition).grid(
                from: values,
                context: .init(villageID: villageID, groups: groups, workers: workers, existing: existing)
            ).record
        } catch {
            form?.showErrors(error.problems)
            show(form?.errorSummary ?? error.description, isError: true)
            return []
        }
        let store = context.store
        let author = context.user.id
        let isNew = existing == nil
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try store.write(author: author) { writer in
                        if isNew { try writer.createGrid(grid) } else { try writer.updateGrid(grid) }
                    }
                    return .saved
                } catch {
                    return .failed(error.message)
                }
            }
        ]
    }

    mutating func show(_ text: String, isError: Bool) {
        message = text
        messageIsError = isError
    }

    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        FormScreenLayout.drawMessageLine(
            message: message, isError: messageIsError, intro: "填写后按 Ctrl-S 保存；小组和人员按名称填写",
            into: &canvas, in: rect, theme: theme)
        form?.render(into: &canvas, in: formRect, theme: theme, focused: true)
    }
}
