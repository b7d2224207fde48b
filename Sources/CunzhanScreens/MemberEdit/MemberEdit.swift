import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The 家庭成员 screen: the `member` form of `Screens/` to add a member to a household or edit one.
///
/// Ctrl-S maps the answers through `MemberFormMapping` (the 证件号码 is checked by GB 11643 there) and
/// writes the member with `addMember` or `updateMember` in an effect. An ID number already registered to
/// someone else is refused with the household that has it, shown under 证件号码; nothing typed is lost.
public struct MemberEdit: Screen {
    public enum Action: Sendable {
        case memberSaved(Member)
        case saveRefused(StoreError)
        case leaveChosen
    }

    let household: Household
    /// The member edited, or nil to add one.
    let existing: Member?
    let context: StationContext
    let definition: FormDefinition
    var form: DefinedForm
    /// One line above the form: the last problem (error) or what just happened.
    var message: String?
    var messageIsError = false
    /// True once the member is in the store: leaving no longer asks.
    var isSaved = false
    var formRect = Rect(x: 0, y: 2, width: Size.minimum.width, height: Size.minimum.height - 3)

    /// The form to add a member to `household`, or to edit `member` of it.
    public init(household: Household, member: Member? = nil, definition: FormDefinition, context: StationContext) {
        self.household = household
        existing = member
        self.definition = definition
        self.context = context
        let values =
            member.map { MemberFormMapping(definition: definition).values(from: $0, answers: $0.answers) } ?? [:]
        form = DefinedForm(definition: definition, today: context.today(), userName: context.user.name, values: values)
    }

    public var title: String {
        guard let existing else { return "新增成员：\(household.headName)户（\(household.householdNumber)）" }
        return "编辑成员：\(existing.name)（\(household.headName)户）"
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
            return leave()
        case .key(let key):
            switch form.handle(key) {
            case .saveRequested(let values):
                return save(values)
            case .saveBlocked:
                show(form.errorSummary ?? "有需要修改的地方", isError: true)
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

    /// Back to the household; asks first when something typed is not saved.
    mutating func leave() -> [ScreenCommand] {
        FormScreenLayout.leaving(
            hasUnsavedChanges: hasUnsavedChanges, title: "放弃修改", message: "已填写的成员信息还没有保存。确定放弃吗？",
            yes: Action.leaveChosen)
    }

    mutating func show(_ text: String?, isError: Bool) {
        message = text
        messageIsError = isError
    }
}
