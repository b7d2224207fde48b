import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// 排查登记: the `inspection` form of `Screens/` for one household, saved with Ctrl-S.
///
/// The household, its grid and the month's theme are read when the screen appears and shown above the
/// form; the inspector defaults to the signed-in user and the date to today. Saving checks the date
/// (not in the future, not before the household's 登记日期; the message sits under 排查日期), asks for
/// confirmation when the household is outside the grids the user answers for (the record then keeps
/// `outside_own_grid` = 是 among its answers, and its inspector says who did it), and, when the result is
/// 发现问题, offers to raise a rectification item (source 网格排查, linked both ways: the item's details name
/// the inspection and the inspection keeps the item's id) or else to flag the household for a monitoring
/// review. Everything chosen is written in ONE transaction with its ops; nothing typed is lost on a refusal.
public struct InspectionForm: Screen {
    public enum Action: Sendable {
        case loaded(InspectionSubject)
        case loadFailed(String)
        case outsideGridConfirmed
        case itemChosen
        case itemDeclined
        case reviewChosen
        case reviewDeclined
        case saved(Inspection)
        case saveFailed(String)
        case leaveChosen
    }

    let householdID: HouseholdID
    let context: StationContext
    let definition: FormDefinition
    var subject: InspectionSubject?
    var form: DefinedForm
    var message: String?
    var messageIsError = false
    /// The inspection being saved while its questions are open.
    var pending: PendingInspection?
    var isSaved = false
    /// The inspection this form corrects: saving records a new inspection that supersedes it.
    let correcting: InspectionID?
    var formRect = Rect(x: 0, y: 3, width: Size.minimum.width, height: Size.minimum.height - 4)
    /// The screen's area, kept so the form moves down when the theme box turns out to be taller.
    var screenRect = Rect(x: 0, y: 0, width: Size.minimum.width, height: Size.minimum.height - 1)

    /// The form (`inspection` in Screens/) for a new inspection of `householdID`, by `context.user`, dated
    /// `context.today()` by default.
    public init(householdID: HouseholdID, definition: FormDefinition, context: StationContext) {
        self.householdID = householdID
        self.context = context
        self.definition = definition
        correcting = nil
        form = DefinedForm(definition: definition, today: context.today(), userName: context.user.name)
    }

    /// The form to correct `inspection`, filled with its answers; saving records a new inspection that
    /// supersedes it (records are never edited, DESIGN.md §4).
    public init(correcting inspection: Inspection, definition: FormDefinition, context: StationContext) {
        householdID = inspection.householdID
        self.context = context
        self.definition = definition
        correcting = inspection.id
        let values = InspectionFormMapping(definition: definition).values(from: inspection, answers: inspection.answers)
        form = DefinedForm(
            definition: definition, today: context.today(), userName: context.user.name,
            values: values.filter { definition.field($0.key) != nil && !$0.value.isEmpty })
    }

    public var title: String {
        let kind = correcting == nil ? "网格排查" : "更正排查"
        return subject.map { "\(kind)：\($0.household.headName)（\($0.household.householdNumber)）" } ?? kind
    }

    public var keyHints: [KeyHint] { FormScreenLayout.keyHints }

    public var hasUnsavedChanges: Bool { form.isDirty && !isSaved }

    public var capturesText: Bool { form.form.focusedField?.kind.isTyped ?? false }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        screenRect = rect
        let header = 2 + (subject?.theme.map { ThemeBox.lines(of: $0, width: rect.width).count } ?? 1)
        formRect = Rect(x: rect.x, y: rect.y + header, width: rect.width, height: max(0, rect.height - header))
        form.fit(to: formRect)
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        guard subject == nil else { return [] }
        let store = context.store
        let householdID = householdID
        let today = context.today()
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    guard let subject = try InspectionSubject.load(householdID, store: store, today: today) else {
                        return .loadFailed("找不到该农户，可能已被删除，请返回重新选择。")
                    }
                    return .loaded(subject)
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(.escape):
            return FormScreenLayout.leaving(
                hasUnsavedChanges: hasUnsavedChanges, title: "放弃排查记录", message: "已填写的内容还没有保存。确定放弃吗？",
                yes: Action.leaveChosen)
        case .key(let key):
            return handle(form.handle(key))
        case .mouse(let click):
            return handle(form.handle(click, in: formRect))
        case .resize, .invalid:
            return []
        }
    }

    mutating func handle(_ event: FormEvent) -> [ScreenCommand] {
        switch event {
        case .saveRequested(let values):
            return save(values)
        case .saveBlocked:
            show(form.form.errorSummary ?? "有需要修改的地方", isError: true)
            return []
        case .changed, .focusChanged, .handled, .ignored:
            return []
        }
    }

    mutating func show(_ text: String?, isError: Bool) {
        message = text
        messageIsError = isError
    }
}

/// What the inspection form shows and checks besides its fields: the household, its grid and the theme.
public struct InspectionSubject: Equatable, Sendable {
    public var household: Household
    public var grid: Grid?
    public var gridWorkerName: String?
    public var theme: MonthlyTheme?

    static func load(_ id: HouseholdID, store: StationStore, today: CalendarDate) throws(StoreError)
        -> InspectionSubject?
    {
        guard let household = try store.household(id) else { return nil }
        let grid = try household.gridID.flatMap { gridID throws(StoreError) in try store.grid(gridID) }
        let workerName = try grid?.workerID.flatMap { workerID throws(StoreError) in
            try store.users().first { $0.id == workerID }?.name
        }
        return InspectionSubject(
            household: household, grid: grid, gridWorkerName: workerName, theme: try store.inspectionTheme(on: today))
    }
}

/// An inspection on its way to the store, with what the user chose to do with a found problem.
struct PendingInspection: Equatable, Sendable {
    var inspection: Inspection
    var outsideConfirmed = false
    var raiseItem = false
    var flagForReview = false
}
