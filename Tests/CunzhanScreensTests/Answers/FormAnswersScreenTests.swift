import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens
@testable import ScreenDefinitions

/// Answers to fields without a column of their own survive saving and come back when the form is opened again.
struct FormAnswersScreenTests {
    /// The default catalog with a county's visit form: the default one with a `county_extra` question added.
    static func countyCatalog() throws -> ScreenCatalog {
        let visit = try #require(EmbeddedScreens.files.first { $0.name == "visit.yaml" }?.text)
        let extra = """
                  - id: county_extra
                    label: 县加问题
                    type: text
                    max_length: 100

            """
        let file = DefinitionFile(name: "county/visit.yaml", text: visit + extra)
        return ScreenCatalog.defaults.replacing(with: try ScreenCatalog(files: [file]))
    }

    /// Presses Tab until `fieldID` has focus in the top form screen, at most 20 times.
    static func tab<S: Screen>(
        _ program: inout Program, to fieldID: String, in screen: S.Type, focused: (S) -> String?
    ) throws {
        for _ in 0..<20 {
            if let top = program.topScreen as? S, focused(top) == fieldID { return }
            _ = program.press(.tab)
        }
        Issue.record("never reached the field \(fieldID)")
    }

    @Test func aHouseholdSavedWithNotesAndLongAbsenceShowsThemAgainWhenEdited() throws {
        let fixture = try HouseholdFixture()
        var program = fixture.editingDetail()
        _ = program.press(.character("e"))
        try Self.tab(&program, to: "long_absent", in: HouseholdEdit.self) { $0.form?.form.focusedField?.id }
        _ = program.press(.character(" "))
        try Self.tab(&program, to: "notes", in: HouseholdEdit.self) { $0.form?.form.focusedField?.id }
        _ = program.type("独居老人，子女在外")
        _ = program.press(.control("s"))
        #expect(program.screenTitles.last == "农户详情：张三（0001）")

        let stored = try #require(try fixture.store.household(fixture.household.id))
        #expect(stored.longAbsent, "长期外出 is a column the coverage rule reads")
        #expect(stored.answers["long_absent"] == nil)
        #expect(stored.answers["notes"] == "独居老人，子女在外")
        #expect(try fixture.lastOpFields() == ["answers", "longAbsent"], "only these changed")

        let frame = program.press(.character("e"))
        let screen = try #require(program.topScreen as? HouseholdEdit)
        #expect(screen.form?.values["long_absent"] == "是")
        #expect(screen.form?.values["notes"] == "独居老人，子女在外")
        #expect(frame.text.contains("独居老人，子女在外"))
        #expect(frame.lines.contains { $0.contains("长期外出") && $0.contains("< 是 >") })
    }

    @Test func savingAgainUnchangedRecordsNoOp() throws {
        let fixture = try HouseholdFixture()
        var program = fixture.editingDetail()
        _ = program.press(.character("e"))
        try Self.tab(&program, to: "notes", in: HouseholdEdit.self) { $0.form?.form.focusedField?.id }
        _ = program.type("备注一")
        _ = program.press(.control("s"))
        let pending = try fixture.store.pendingOpCount()
        _ = program.press(.character("e"))
        _ = program.press(.control("s"))
        #expect(program.screenTitles.last == "农户详情：张三（0001）")
        #expect(try fixture.store.pendingOpCount() == pending, "the answers read back equal the stored ones")
    }

    @Test func aCountyVisitQuestionKeepsItsAnswerThroughSaveAndReload() throws {
        let fixture = try HouseholdFixture()
        let catalog = try Self.countyCatalog()
        var context = fixture.context()
        context.catalog = catalog
        var program = Program(
            root: HouseholdDetail(householdID: fixture.household.id, context: context), theme: .monochrome,
            size: .minimum)
        _ = program.press(.character("v"))
        VisitFormScreenTests.fill(&program)
        try Self.tab(&program, to: "county_extra", in: VisitForm.self) { $0.form.form.focusedField?.id }
        _ = program.type("已核实")
        _ = program.press(.control("s"))
        // 因病 is a new risk: decline the rectification item and the monitoring review flag.
        _ = program.press(.escape)
        _ = program.press(.escape)
        #expect(program.screenTitles == ["农户详情：张三（0001）"])

        let visit = try #require(try fixture.store.visits(of: fixture.household.id).first)
        #expect(visit.answers["county_extra"] == "已核实")
        let definition = try #require(catalog.form("visit"))
        let values = VisitFormMapping(definition: definition).values(from: visit, answers: visit.answers)
        #expect(values["county_extra"] == "已核实")
        #expect(values["notes"] == "户主住院两周")
        let op = try #require(try fixture.store.outboxOps().first { $0.entityType == .visit })
        #expect(op.payload.contains("\"county_extra\":\"已核实\""))
    }
}
