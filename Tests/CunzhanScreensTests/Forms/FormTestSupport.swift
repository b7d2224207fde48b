import CunzhanCore
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The fixed day and user every form test fills in with.
enum FormFixture {
    static let today = CalendarDate(year: 2026, month: 3, day: 15) ?? CalendarDate(dayNumber: 0)
    static let userName = "王网格"

    /// A default definition by id.
    static func definition(_ id: String) throws -> FormDefinition {
        try #require(ScreenCatalog.defaults.form(id))
    }

    static func form(_ id: String, values: [String: String] = [:]) throws -> DefinedForm {
        DefinedForm(definition: try definition(id), today: today, userName: userName, values: values)
    }

    /// The form drawn into a canvas of `size`, monochrome, focused.
    static func render(_ form: DefinedForm, width: Int, height: Int) -> Canvas {
        var form = form
        let rect = Rect(x: 0, y: 0, width: width, height: height)
        form.fit(to: rect)
        var canvas = Canvas(size: rect.size)
        form.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        return canvas
    }
}

extension DefinedForm {
    /// Presses keys in order, returning the last event.
    @discardableResult
    mutating func press(_ keys: Key...) -> FormEvent {
        var last = FormEvent.ignored
        for key in keys { last = handle(key) }
        return last
    }

    /// Types text one character at a time, as a keyboard does.
    mutating func type(_ text: String) {
        for character in text { _ = handle(.character(character)) }
    }
}
