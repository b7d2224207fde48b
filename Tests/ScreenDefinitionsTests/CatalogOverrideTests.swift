import Foundation
import Testing

@testable import ScreenDefinitions

@Suite struct CatalogOverrideTests {
    /// A fresh folder holding `files` (name → text), removed by the caller.
    private func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("screens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url.path
    }

    @Test func overrideFileReplacesTheDefaultWithTheSameIDAndKeepsTheOthers() throws {
        let directory = try folder([
            "my-visit.yaml": "form: visit\ntitle: 县里的走访表\nfields:\n  - {id: visitor, label: 走访人, type: text}\n",
            "README.md": "not a definition",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let catalog = try ScreenCatalog.load(overrideDirectory: directory)
        #expect(catalog.form("visit")?.title == "县里的走访表")
        #expect(catalog.form("visit")?.fields.count == 1)
        #expect(catalog.form("visit")?.file == directory + "/my-visit.yaml")
        #expect(catalog.form("household") == ScreenCatalog.defaults.form("household"))
        #expect(catalog.lists.count == ScreenCatalog.defaults.lists.count)
    }

    @Test func malformedOverrideThrowsEveryProblemOfEveryFileNamingTheFile() throws {
        let directory = try folder([
            "a.yaml": "form: visit\ntitle: 走访\nfields:\n  - {id: notes, label: 备注, type: txt}\n",
            "b.yaml": "list: visits\ntitle: 走访\ncolumns: []\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect {
            try ScreenCatalog.load(overrideDirectory: directory)
        } throws: { error in
            guard let errors = error as? DefinitionErrors else { return false }
            return errors.errors.map(\.file) == [directory + "/a.yaml", directory + "/b.yaml"]
                && errors.errors.map(\.line) == [4, 3]
                && errors.description.contains("a.yaml 第 4 行第 34 列：字段 notes 的类型“txt”无效")
        }
    }

    @Test func missingOverrideFolderIsAProblemNotACrash() {
        #expect(throws: DefinitionErrors.self) {
            try ScreenCatalog.load(overrideDirectory: "/nonexistent/cunzhan-screens")
        }
    }

    @Test func twoFilesDefiningTheSameFormAreRefused() {
        let text = "form: visit\ntitle: 走访\nfields:\n  - {id: a, label: 甲, type: text}\n"
        #expect(throws: DefinitionErrors.self) {
            try ScreenCatalog(files: [
                DefinitionFile(name: "x.yaml", text: text), DefinitionFile(name: "y.yaml", text: text),
            ])
        }
    }
}
