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

    @Test func theLedgerOfAMonthListsItsItemsUnderTheTownshipsColumns() throws {
        let store = try demoStoreCopy()
        let (month, expected) = try store.read { db -> (String, Int) in
            let month =
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT substr(i.raised_on, 1, 7) FROM rectification_items i
                        JOIN progress_entries p ON p.item_id = i.id WHERE i.state = 'closed' LIMIT 1
                        """) ?? ""
            let expected =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM rectification_items WHERE substr(raised_on, 1, 7) = ?",
                    arguments: [month]) ?? 0
            return (month, expected)
        }
        let village = try #require(try store.villages().first)
        let rows = try store.registerRows(.ledger, village: village.id, month: ExportMonth(month))
        #expect(
            rows[0].map(\.text) == [
                "编号", "月度主题", "来源", "村/组/户", "问题描述", "类别", "责任人", "整改措施", "整改时限", "进展", "督导", "状态", "销号时间",
            ])
        #expect(rows.count - 1 == expected)
        #expect(rows.dropFirst().contains { $0[11] == .text("已销号") && $0[12].text.hasPrefix("20") })
        #expect(rows.dropFirst().contains { !$0[9].text.isEmpty }, "进展 is written out")
        #expect(rows.dropFirst().allSatisfy { $0[0].text.hasPrefix(month + "-") })
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
