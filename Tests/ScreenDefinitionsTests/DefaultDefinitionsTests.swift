import Foundation
import Testing

@testable import ScreenDefinitions

@Suite struct DefaultDefinitionsTests {
    @Test func everyDefaultFileLoadsWithoutProblems() throws {
        let files = EmbeddedScreens.files.map { DefinitionFile(name: "Screens/" + $0.name, text: $0.text) }
        #expect(files.count == (try EmbeddedScreensSource.definitionFiles()).count)
        do {
            let catalog = try ScreenCatalog(files: files)
            // One definition per file, and the ones the station's screens cannot do without among them.
            #expect(catalog.forms.count + catalog.lists.count == files.count)
            #expect(Set(catalog.forms.keys).isSuperset(of: ["household", "inspection", "member", "visit"]))
            #expect(Set(catalog.lists.keys).isSuperset(of: ["households", "visits"]))
        } catch {
            Issue.record("default definitions have problems:\n\(error)")
        }
    }

    @Test func defaultsCatalogHoldsEveryDefinition() {
        #expect(ScreenCatalog.defaults.forms.count + ScreenCatalog.defaults.lists.count == EmbeddedScreens.files.count)
    }

    /// The staleness check: the compiled-in file is exactly what `Screens/` renders to now.
    @Test func compiledInDefinitionsMatchTheScreensFolder() throws {
        let files = try EmbeddedScreensSource.definitionFiles()
        let expected = EmbeddedScreensSource.render(files)
        let current = try? String(contentsOf: EmbeddedScreensSource.generatedFile, encoding: .utf8)
        if ProcessInfo.processInfo.environment["CUNZHAN_REGENERATE_SCREENS"] == "1" {
            if current != expected {
                try expected.write(to: EmbeddedScreensSource.generatedFile, atomically: true, encoding: .utf8)
            }
            return
        }
        #expect(
            current == expected,
            "EmbeddedScreens.swift is stale: run CUNZHAN_REGENERATE_SCREENS=1 swift test --filter ScreenDefinitionsTests"
        )
        #expect(EmbeddedScreens.files.map(\.name) == files.map(\.name))
        for ((name, text), (_, compiled)) in zip(files, EmbeddedScreens.files) {
            #expect(compiled == text, "Screens/\(name) differs from the compiled-in copy")
        }
    }

    @Test func visitChecksTheSixGuaranteesEachWithANoteRequiredWhenNotMet() throws {
        let visit = try #require(ScreenCatalog.defaults.form("visit"))
        let checks = ["food", "clothing", "education", "medical", "housing", "water"]
        #expect(checks.map { visit.field($0)?.label } == ["吃", "穿", "义务教育", "基本医疗", "住房安全", "饮水安全"])
        for check in checks {
            #expect(visit.field(check)?.choices == ["达标", "不达标"])
            #expect(visit.field(check + "_note")?.requiredWhen == RequiredCondition(field: check, values: ["不达标"]))
        }
        #expect(visit.field("income_estimate")?.type == .money)
        #expect(visit.field("new_risks")?.vocabulary == .riskType)
        #expect(visit.field("measures")?.vocabulary == .assistanceMeasure)
        #expect(visit.field("recognised")?.type == .yesNo)
        #expect(visit.field("visit_date")?.defaultValue == .today)
        #expect(visit.field("visitor")?.defaultValue == .currentUser)
        #expect(visit.field("notes")?.isCore == false)
    }

    @Test func householdListHasTheRegisterColumnsAndStartsSortedByNumber() throws {
        let list = try #require(ScreenCatalog.defaults.list("households"))
        #expect(list.columns.map(\.label) == ["户编号", "户主", "组", "人口", "户类型/监测", "最近走访", "证件号"])
        #expect(list.columns[3].alignment == .right)
        #expect(list.columns[0].width == .fixed(16))
        #expect(list.defaultSort?.columns == ["household_number"])
        #expect(list.filters.first { $0.id == "kind" }?.choices == ["脱贫户", "一般农户"])
    }
}
