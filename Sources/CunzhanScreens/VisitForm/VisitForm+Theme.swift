import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI

/// The month's theme on the visit form: read for the month of the visit's date, shown in the same box as
/// on the inspection form, and asked about only when that month has a theme.
///
/// The questions are their own definition, `Screens/visit-theme.yaml` (`theme_check`, `theme_note`), put
/// after 基本情况 in a themed month, so the visit form itself stays as the county defined it. The theme
/// follows the date field: changing 走访日期 to another month reads that month's theme. When a theme comes or
/// goes the form is rebuilt with the questions added or taken out, keeping every answer and the focus, so
/// nothing typed is lost and a month with no theme shows nothing extra.
extension VisitForm {
    /// The id of the theme questions' definition in `Screens/`.
    static let themeFormID = "visit-theme"

    /// The answer key that names the theme the visit was checked against (as on inspections).
    static let themeAnswer = "theme"

    /// The month (`YYYY-MM`) of the date in the form, or nil while it is not a valid date.
    var visitMonth: String? {
        guard let text = form.values[VisitFormMapping.visitDate], let date = try? CalendarDate(parsing: text) else {
            return nil
        }
        return date.monthKey
    }

    /// The theme box's lines at `width`, none when the month has no theme.
    func themeLines(width: Int) -> [String] {
        monthTheme.map { ThemeBox.lines(of: $0, width: width) } ?? []
    }

    /// Reads the theme of the visit's month in an effect, when it is not the month already read.
    mutating func themeFollowsDate() -> [ScreenCommand] {
        guard let month = visitMonth, month != themeMonth else { return [] }
        themeMonth = month
        let store = context.store
        guard let firstDay = try? CalendarDate(parsing: month + "-01") else { return [] }
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .themeLoaded(try store.inspectionTheme(on: firstDay), month: month)
                } catch {
                    return .themeLoadFailed(error.message)
                }
            }
        ]
    }

    /// Takes the theme read for `month`; an answer for a month the date has left since is dropped.
    mutating func receiveTheme(_ theme: MonthlyTheme?, month: String) -> [ScreenCommand] {
        guard month == visitMonth else { return [] }
        monthTheme = theme
        let questions = context.catalog.form(Self.themeFormID)
        let asksTheme = form.definition.sections.count != definition.sections.count
        if let questions, (theme != nil) != asksTheme {
            let shown = theme == nil ? definition : definition.inserting(questions, afterSections: 1)
            let focused = form.form.focusedField?.id
            carriedChanges = carriedChanges || form.isDirty
            form = DefinedForm(
                definition: shown, today: context.today(), userName: context.user.name,
                values: form.values.filter { shown.field($0.key) != nil })
            if let focused { form.focus(focused) }
        }
        return layout(in: screenRect)
    }
}
