import CunzhanCore
import Foundation
import GRDB
import Spreadsheets
import Testing

@testable import CunzhanStore

/// A copy of one demo store (20 households, generated once for the suite), so each test gets its own.
func demoStoreCopy() throws -> StationStore {
    let path = temporaryPath()
    try FileManager.default.copyItem(atPath: try DemoTemplate.path.get(), toPath: path)
    return try StationStore(path: path)
}

private enum DemoTemplate {
    static let path: Result<String, any Error> = Result {
        let path = temporaryPath()
        let store = try StationStore(path: path)
        var generator = DemoGenerator(households: 20, seed: 11, endDate: DemoGenerator.fixedEndDate)
        try generator.generate(into: store) { _ in }
        try store.close()
        return path
    }
}

@Suite struct RegisterExportTests {
    /// A demo village exported as CSV and as XLSX and imported again: every row is 无变化 and no op is written.
    @Test(arguments: [SpreadsheetFile.Format.csv, .xlsx])
    func exportThenImportChangesNothing(format: SpreadsheetFile.Format) throws {
        let store = try demoStoreCopy()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cz-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ops = try count(store, "outbox")
        var exportedRows = 0
        for village in try store.villages() {
            let url = folder.appendingPathComponent("\(village.code).\(format.rawValue)")
            let written = try store.exportRegister(
                .households, village: village.id, month: nil, format: format, to: url)
            exportedRows += written
            let (report, _) = try store.importRoster(file: url, into: village.id, dryRun: false, author: nil)
            #expect(report.lines.count == written)
            #expect(report.unchangedCount == written, "\(report.lines.filter { $0.outcome != .unchanged }.prefix(3))")
        }
        #expect(exportedRows == (try count(store, "members")))
        #expect(try count(store, "outbox") == ops)
    }

    @Test func theRosterKeepsIDNumbersAndPhonesAsText() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let head = try idNumber("53012419800101001")
        try store.write(author: nil) { writer in
            var household = fixture.household("赵大", number: "0001", phone: "13812345678")
            household.risks = [.illness, .disability]
            household.measures = [.industry, .health]
            try writer.createHousehold(
                household, members: [Member(householdID: household.id, relation: .head, idNumber: head, name: "赵大")])
        }
        let rows = try store.registerRows(.households, village: fixture.village.id, month: nil)
        let header = rows[0].map(\.text)
        #expect(
            header == [
                "户编号", "村民小组", "户主姓名", "户类型", "监测对象类别", "风险类型1", "风险类型2", "帮扶措施", "人口数", "联系电话", "住址", "姓名",
                "证件号码", "与户主关系", "健康状况", "劳动技能", "在校生状况", "务工状况", "参加城乡居民基本医疗保险",
            ])
        let row = rows[1]
        #expect(row[header.firstIndex(of: "证件号码") ?? 0] == .text(head.value))
        #expect(row[header.firstIndex(of: "联系电话") ?? 0] == .text("13812345678"))
        #expect(row[header.firstIndex(of: "帮扶措施") ?? 0] == .text("产业、健康"))
        #expect(row[header.firstIndex(of: "人口数") ?? 0] == .number(1))
    }

    @Test func theLedgerOfAMonthListsItsItemsWithProgressAndSupervision() throws {
        let store = try demoStoreCopy()
        let (village, month, expected) = try store.read { db -> (String, String, Int) in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT i.village_id, substr(i.raised_on, 1, 7) AS month FROM rectification_items i
                    JOIN progress_entries p ON p.item_id = i.id JOIN supervision_records s ON s.item_id = i.id
                    WHERE i.state = 'closed' LIMIT 1
                    """)
            let village: String = row?["village_id"] ?? ""
            let month: String = row?["month"] ?? ""
            let expected =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM rectification_items i LEFT JOIN monthly_themes t ON t.id = i.theme_id
                        WHERE i.village_id = ?1 AND (substr(i.raised_on, 1, 7) = ?2 OR t.month = ?2)
                        """, arguments: [village, month]) ?? 0
            return (village, month, expected)
        }
        let villageID = try #require(try store.villages().first { $0.id.text == village }?.id)
        let rows = try store.registerRows(.ledger, village: villageID, month: ExportMonth(month))
        #expect(rows[0].map(\.text) == StationStore.ledgerHeader)
        #expect(rows.count - 1 == expected)
        let closed = rows.dropFirst().filter { $0[11] == .text("已销号") }
        #expect(!closed.isEmpty)
        #expect(closed.allSatisfy { $0[12].text.hasPrefix(month) || $0[12].text > month }, "销号时间 is set")
        #expect(rows.dropFirst().contains { !$0[9].text.isEmpty && !$0[10].text.isEmpty }, "进展 and 督导 are written out")
        #expect(rows.dropFirst().enumerated().allSatisfy { $0.element[0] == .number($0.offset + 1) })
    }

    @Test func theLedgerNeedsAMonthAndAMonthMustBeReal() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        #expect(throws: ImportError.self) {
            _ = try store.registerRows(.ledger, village: fixture.village.id, month: nil)
        }
        #expect(throws: ImportError.self) { _ = try ExportMonth("2026-13") }
        #expect(throws: ImportError.self) { _ = try ExportMonth("202603") }
    }

    @Test func visitAndInspectionRegistersFollowTheMonth() throws {
        let store = try demoStoreCopy()
        for village in try store.villages() {
            let expectedVisits = try store.read { db in
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM visits v JOIN households h ON h.id = v.household_id
                        WHERE h.village_id = ? AND v.date LIKE '2025-11-%'
                        """, arguments: [village.id.text]) ?? 0
            }
            let visits = try store.registerRows(.visits, village: village.id, month: ExportMonth("2025-11"))
            #expect(visits.count - 1 == expectedVisits)
            #expect(visits.dropFirst().allSatisfy { $0[0].text.hasPrefix("2025-11-") })
            let inspections = try store.registerRows(.inspections, village: village.id, month: ExportMonth("2025-11"))
            #expect(inspections.dropFirst().allSatisfy { $0[0].text.hasPrefix("2025-11-") })
        }
    }
}
