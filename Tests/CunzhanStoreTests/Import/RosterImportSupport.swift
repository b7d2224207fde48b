import CunzhanCore
import Foundation
import Spreadsheets

@testable import CunzhanStore

/// Fixture files made by independent writers (Tests/SpreadsheetsTests/Fixtures/make_fixtures.py).
enum RosterFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SpreadsheetsTests/Fixtures")

    /// A copy of the fixture in a fresh folder, so the report written next to it stays out of the repository.
    static func copy(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cz-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: self.folder.appendingPathComponent(name), to: url)
        return url
    }
}

/// A sheet of a header and rows, written as the test reads it.
func sheet(_ rows: [[String]]) -> Sheet {
    Sheet(rows: rows.enumerated().map { Sheet.Row(number: $0.offset + 1, cells: $0.element) })
}

let rosterHeader = ["户编号", "村民小组", "户主姓名", "户类型", "联系电话", "姓名", "证件号码", "与户主关系"]

/// One roster row of the test header.
func rosterRow(
    _ number: String, head: String, name: String, id: String, relation: String, phone: String = "",
    group: String = "第一村民小组", kind: String = "一般农户"
) -> [String] {
    [number, group, head, kind, phone, name, id, relation]
}

/// The ID number with its check character, as text.
func validID(_ first17: String) -> String {
    first17 + String(IDNumber.checkCharacter(forFirst17: first17) ?? "0")
}

extension ImportReport {
    var outcomes: [String] { lines.map(\.outcome.label) }

    func reason(ofRow number: Int) -> String? {
        guard case .refused(let reason) = lines.first(where: { $0.rowNumber == number })?.outcome else { return nil }
        return reason
    }
}
