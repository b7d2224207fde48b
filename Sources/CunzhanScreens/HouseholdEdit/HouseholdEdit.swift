import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The 农户信息 screen: the `household` form of `Screens/` to add a household or edit one, saved with Ctrl-S.
///
/// The village's groups (and, for a new household, the next free 户编号 and the village) are read in an
/// effect when the screen appears; the form is made from them. Saving maps the answers through
/// `HouseholdFormMapping` and writes a new household with its create op, or an edit as one patch op of the
/// changed fields; a mapping or store refusal is shown under the field it names and in the summary, and
/// nothing typed is lost.
public struct HouseholdEdit: Screen {
    public enum Action: Sendable {
        /// What the form needs was read: the village, its groups, the household to edit or the number to suggest.
        case started(HouseholdEditStart)
        case loadFailed(String)
        case householdSaved(Household)
        case saveRefused(StoreError)
        case leaveChosen
    }

    /// The household edited, or nil to add one.
    let householdID: HouseholdID?
    let context: StationContext
    let definition: FormDefinition
    var start: HouseholdEditStart?
    var form: DefinedForm?
    /// One line above the form: the last problem (error) or what just happened.
    var message: String?
    var messageIsError = false
    /// True once the household is in the store: leaving no longer asks.
    var isSaved = false
    var formRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)

    /// The form to add a household (`householdID` nil) or edit household `householdID`.
    public init(householdID: HouseholdID?, definition: FormDefinition, context: StationContext) {
        self.householdID = householdID
        self.definition = definition
        self.context = context
    }

    public var title: String {
        guard let existing = start?.existing else { return householdID == nil ? "新增农户" : "编辑农户" }
        return "编辑农户：\(existing.headName)（\(existing.householdNumber)）"
    }

    public var keyHints: [KeyHint] { FormScreenLayout.keyHints }

    public var hasUnsavedChanges: Bool { (form?.isDirty ?? false) && !isSaved }

    public var capturesText: Bool { form?.form.focusedField?.kind.isTyped ?? false }

    public mutating func layout(in rect: Rect) -> [ScreenCommand] {
        formRect = FormScreenLayout.formArea(in: rect)
        form?.fit(to: formRect)
        return []
    }

    public mutating func appear() -> [ScreenCommand] {
        guard start == nil else { return [] }
        let store = context.store
        let householdID = householdID
        let villageID = context.villageID
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .started(try HouseholdEditStart.read(store, householdID: householdID, villageID: villageID))
                } catch {
                    return .loadFailed(error.message)
                }
            }
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else {
            if case .mouse(let click) = event, form != nil { _ = form?.handle(click, in: formRect) }
            return []
        }
        if key == .escape { return leave() }
        guard var form else { return [] }
        let formEvent = form.handle(key)
        self.form = form
        switch formEvent {
        case .saveRequested(let values):
            return save(values)
        case .saveBlocked:
            show(form.errorSummary ?? "有需要修改的地方", isError: true)
            return []
        case .changed, .focusChanged, .handled, .ignored:
            return []
        }
    }

    /// Back to where the form was opened; asks first when something typed is not saved.
    mutating func leave() -> [ScreenCommand] {
        FormScreenLayout.leaving(
            hasUnsavedChanges: hasUnsavedChanges, title: "放弃修改", message: "已填写的农户信息还没有保存。确定放弃吗？",
            yes: Action.leaveChosen)
    }

    mutating func show(_ text: String?, isError: Bool) {
        message = text
        messageIsError = isError
    }
}
