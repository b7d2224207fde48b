import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The 入户走访 screen: the `visit` form of `Screens/` for one household, saved with Ctrl-S.
///
/// Every change is autosaved as a local draft; opening the form again for the same household offers to
/// resume it. The theme (月度主题) of the visit's month and its checklist sit above the form, with the
/// questions of `Screens/visit-theme.yaml` asked only in a month that has a theme (`VisitForm+Theme.swift`).
/// Saving maps the answers to a `Visit` and records it with its outbox op in one transaction;
/// a problem is shown on the screen and nothing typed is lost. After a visit with a 不达标 check or a new
/// risk, the screen offers to raise a rectification item, then to flag the household for a monitoring
/// review (标记为需要监测评估), before going back to the household.
public struct VisitForm: Screen {
    public enum Action: Sendable {
        case draftLookedUp(FormDraft?)
        case draftResumeChosen(FormDraft)
        case draftDiscardChosen
        case draftSaved
        case draftSaveFailed(String)
        case visitSaved(Visit)
        case saveFailed(String)
        case itemRaiseChosen(Visit)
        case itemRaiseDeclined
        case itemsRaised(count: Int)
        case itemRaiseFailed(String)
        /// Yes to 标记为需要监测评估 after the item question, for the visit just saved.
        case reviewFlagChosen(Visit)
        case reviewFlagDeclined
        case reviewFlagged
        case reviewFlagFailed(String)
        case leaveChosen
        /// The theme of `month` (`YYYY-MM`), nil when that month has none.
        case themeLoaded(MonthlyTheme?, month: String)
        case themeLoadFailed(String)
    }

    let household: Household
    let context: StationContext
    let definition: FormDefinition
    let drafts: DraftKeeper
    var form: DefinedForm
    /// One line above the form: the last problem (error) or what just happened.
    var message: String?
    var messageIsError = false
    var hasLookedForDraft = false
    /// True once the visit is in the store: leaving no longer asks.
    var isSaved = false
    /// The visit just saved, while its follow-up questions are open.
    var savedVisit: Visit?
    var formRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)
    /// The screen's area, kept so the form moves when the theme box appears or goes.
    var screenRect = Rect(x: 0, y: 1, width: Size.minimum.width, height: Size.minimum.height - 2)
    /// The theme of the visit's month, once read; nil when that month has none.
    var monthTheme: MonthlyTheme?
    /// The month whose theme was last asked for (`YYYY-MM`).
    var themeMonth: String?
    /// True when the form was rebuilt (a theme field came or went) after the user had changed something.
    var carriedChanges = false

    /// The form for a new visit to `household`, with the visitor and date filled in from `context`.
    public init(household: Household, definition: FormDefinition, context: StationContext) {
        self.household = household
        self.context = context
        self.definition = definition
        drafts = DraftKeeper(
            store: context.store, formID: definition.id, householdID: household.id, userID: context.user.id)
        form = DefinedForm(definition: definition, today: context.today(), userName: context.user.name)
    }

    public var title: String { "入户走访：\(household.headName)（\(household.householdNumber)）" }

    public var keyHints: [KeyHint] { FormScreenLayout.keyHints }

    public var hasUnsavedChanges: Bool { (form.isDirty || carriedChanges) && !isSaved }

    public var capturesText: Bool { form.form.focusedField?.kind.isTyped ?? false }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        screenRect = rect
        let header = 1 + themeLines(width: rect.width).count
        formRect = Rect(x: rect.x, y: rect.y + header, width: rect.width, height: max(0, rect.height - header))
        form.fit(to: formRect)
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        guard !hasLookedForDraft else { return [] }
        hasLookedForDraft = true
        let drafts = drafts
        return themeFollowsDate() + [
            .run { () -> Action in
                do throws(StoreError) {
                    return .draftLookedUp(try drafts.find())
                } catch {
                    return .draftSaveFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        switch event {
        case .key(.escape):
            return leave()
        case .key(let key):
            return handle(form.handle(key))
        case .mouse(let click):
            return handle(form.handle(click, in: formRect))
        case .resize, .invalid:
            return []
        }
    }

    /// Reacts to what the form did with a key: autosave on change, save on Ctrl-S.
    mutating func handle(_ event: FormEvent) -> [ScreenCommand] {
        switch event {
        case .changed, .focusChanged:
            return autosave() + themeFollowsDate()
        case .saveRequested(let values):
            return save(values)
        case .saveBlocked:
            show(form.form.errorSummary ?? "有需要修改的地方", isError: true)
            return []
        case .handled, .ignored:
            return []
        }
    }

    /// Back to the household; asks first when something typed is not saved, and then deletes the draft.
    mutating func leave() -> [ScreenCommand] {
        FormScreenLayout.leaving(
            hasUnsavedChanges: hasUnsavedChanges, title: "放弃走访记录", message: "已填写的内容还没有保存，放弃后草稿也会删除。确定放弃吗？",
            yes: Action.leaveChosen)
    }

    /// Saves the answers as the draft, in an effect; skipped once the visit is saved or nothing changed.
    func autosave() -> [ScreenCommand] {
        guard hasUnsavedChanges else { return [] }
        let drafts = drafts
        let values = form.values
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    try drafts.save(values)
                    return .draftSaved
                } catch {
                    return .draftSaveFailed(error.message)
                }
            }
        ]
    }

    mutating func show(_ text: String?, isError: Bool) {
        message = text
        messageIsError = isError
    }
}
