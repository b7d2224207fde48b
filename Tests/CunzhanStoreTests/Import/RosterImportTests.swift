import CunzhanCore
import Foundation
import GRDB
import Spreadsheets
import Testing

@testable import CunzhanStore

@Suite struct RosterImportTests {
    @Test func anOpenpyxlRosterImportsHouseholdsMembersAndANewGroup() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let url = try RosterFixtures.copy("roster-openpyxl.xlsx")
        let opsBefore = try count(store, "outbox")
        let (report, reportURL) = try store.importRoster(
            file: url, into: fixture.village.id, dryRun: false, author: fixture.worker.id)
        #expect(report.outcomes == ["新增", "新增", "新增", "新增", "新增"])
        #expect(report.createdGroups == ["第二村民小组"])
        #expect(try count(store, "households") == 2)
        #expect(try count(store, "members") == 5)
        // 2 households, 5 members, 1 group: one op each.
        #expect(try count(store, "outbox") - opsBefore == 8)
        let households = try store.read { db in try Household.fetchAll(db) }.sorted {
            $0.householdNumber < $1.householdNumber
        }
        #expect(households[0].phone == "13812345678")
        #expect(households[0].population == 3)
        #expect(households[0].kind == .formerlyPoor)
        #expect(households[1].monitoringCategory == .marginalAtRisk)
        #expect(households[1].risks == [.illness, .schooling])
        let bytes = try Data(contentsOf: reportURL)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a BOM, so Excel and WPS open it")
        let written = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(written.hasPrefix("行号,户编号,姓名,证件号码,结果,说明"))
        #expect(!written.contains(validID("53010219650304123")), "ID numbers in the report are masked")
        #expect(written.contains("530***********"))
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let url = try RosterFixtures.copy("roster-xlsxwriter.xlsx")
        _ = try store.importRoster(file: url, into: fixture.village.id, dryRun: false, author: nil)
        let ops = try count(store, "outbox")
        let (again, _) = try store.importRoster(file: url, into: fixture.village.id, dryRun: false, author: nil)
        #expect(again.outcomes == Array(repeating: "无变化", count: 5))
        #expect(try count(store, "outbox") == ops)
    }

    @Test func aDryRunReportsButChangesNothing() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let url = try RosterFixtures.copy("roster-openpyxl.xlsx")
        let ops = try count(store, "outbox")
        let (report, _) = try store.importRoster(file: url, into: fixture.village.id, dryRun: true, author: nil)
        #expect(report.isDryRun)
        #expect(report.createdCount == 5)
        #expect(report.summary.hasPrefix("试导入（未做任何更改）：共 5 行，新增 5"))
        #expect(report.summary.contains("将新建村民小组：第二村民小组"))
        #expect(try count(store, "outbox") == ops)
        #expect(try count(store, "households") == 0)
        #expect(try count(store, "villager_groups") == 1)
    }

    @Test func gbkCSVAndBothWorkbooksDescribeTheSameRoster() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let (fromCSV, _) = try store.importRoster(
            file: RosterFixtures.copy("roster-gbk.csv"), into: fixture.village.id, dryRun: false, author: nil)
        #expect(fromCSV.createdCount == 5)
        for name in ["roster-utf8-bom.csv", "roster-xlsxwriter.xlsx", "roster-openpyxl.xlsx"] {
            let (report, _) = try store.importRoster(
                file: RosterFixtures.copy(name), into: fixture.village.id, dryRun: false, author: nil)
            #expect(report.outcomes == Array(repeating: "无变化", count: 5), "\(name)")
        }
    }

    @Test func aChangedRowUpdatesThroughPatchOpsOfTheChangedFieldsOnly() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let head = validID("53010219650304123")
        let spouse = validID("53010219680817122")
        var rows = [
            rosterHeader, rosterRow("0001", head: "张德明", name: "张德明", id: head, relation: "户主", phone: "13812345678"),
            rosterRow("0001", head: "张德明", name: "李秀英", id: spouse, relation: "配偶"),
        ]
        _ = try store.importRoster(sheet(rows), into: fixture.village.id, dryRun: false, author: nil)
        let ops = try count(store, "outbox")
        rows[1][4] = "13900001111"
        rows[2][5] = "李秀兰"
        let report = try store.importRoster(sheet(rows), into: fixture.village.id, dryRun: false, author: nil)
        #expect(report.outcomes == ["更新", "更新"])
        let patches = try store.read { db in
            try Row.fetchAll(
                db, sql: "SELECT entity_type, kind, payload FROM outbox WHERE local_seq > ? ORDER BY local_seq",
                arguments: [ops])
        }
        #expect(patches.count == 2)
        #expect(patches.map { $0["kind"] as String } == ["patch", "patch"])
        #expect((patches[0]["payload"] as String).contains("13900001111"))
        #expect(!(patches[0]["payload"] as String).contains("head_name"))
        #expect((patches[1]["payload"] as String).contains("李秀兰"))
    }

    @Test func badRowsAreRefusedOneByOneWithTheReasonAndTheRestImported() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let held = try idNumber("53012419800101001")
        try store.write(author: nil) { writer in
            let household = fixture.household("赵大", number: "0900")
            try writer.createHousehold(
                household, members: [Member(householdID: household.id, relation: .head, idNumber: held, name: "赵大")])
        }
        let twice = validID("53010219700512143")
        let badCheck =
            String(validID("53010219650304123").dropLast()) + (validID("53010219650304123").hasSuffix("1") ? "2" : "1")
        let rows = [
            rosterHeader,
            rosterRow("0001", head: "王建国", name: "王建国", id: validID("53010219700512161"), relation: "户主"),
            rosterRow("0001", head: "王建国", name: "王一", id: twice, relation: "之子"),
            rosterRow("0001", head: "王建国", name: "王二", id: twice, relation: "之子"),
            rosterRow("0001", head: "王建国", name: "王三", id: badCheck, relation: "之女"),
            rosterRow("0001", head: "王建国", name: "王四", id: validID("53010219650230123"), relation: "之女"),
            rosterRow("0001", head: "王建国", name: "王五", id: held.value, relation: "之女"),
            rosterRow("0001", head: "王建国", name: "王六", id: validID("53010220100101121"), relation: "表亲"),
            rosterRow("0001", head: "王建国", name: "王七", id: validID("53010220100101141"), relation: "之子", phone: "123"),
            rosterRow("", head: "王建国", name: "王八", id: validID("53010220100101161"), relation: "之子"),
        ]
        let ops = try count(store, "outbox")
        let report = try store.importRoster(sheet(rows), into: fixture.village.id, dryRun: false, author: nil)
        #expect(report.outcomes == ["新增", "拒绝", "拒绝", "拒绝", "拒绝", "拒绝", "拒绝", "拒绝", "拒绝"])
        #expect(report.reason(ofRow: 3)?.contains("与第 4 行重复") == true)
        #expect(report.reason(ofRow: 4)?.contains("与第 3 行重复") == true)
        #expect(report.reason(ofRow: 5)?.contains("校验位") == true)
        #expect(report.reason(ofRow: 6)?.contains("出生日期不存在") == true)
        #expect(report.reason(ofRow: 7)?.contains("户编号 0900（户主 赵大）") == true)
        #expect(report.reason(ofRow: 8)?.contains("与户主关系：“表亲”") == true)
        #expect(report.reason(ofRow: 10)?.contains("户编号：必填") == true)
        #expect(report.reason(ofRow: 9)?.contains("联系电话") == true, "a bad value is refused on any row")
        #expect(try count(store, "members") == 2)
        #expect(try count(store, "outbox") - ops == 2)
    }

    @Test func aNewHouseholdWithoutAHeadIsRefusedWhole() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let rows = [
            rosterHeader, rosterRow("0007", head: "孙立", name: "孙一", id: validID("53010219900101121"), relation: "之子"),
        ]
        let report = try store.importRoster(sheet(rows), into: fixture.village.id, dryRun: false, author: nil)
        #expect(report.reason(ofRow: 2)?.contains("没有它的户主行") == true)
        #expect(try count(store, "households") == 0)
    }

    @Test func mergedHeaderCellsRefuseTheFileByName() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        #expect {
            _ = try store.importRoster(
                file: RosterFixtures.copy("merged-header-openpyxl.xlsx"), into: fixture.village.id, dryRun: false,
                author: nil)
        } throws: { ($0 as? ImportError)?.message.contains("F1:G1") == true }
        #expect(try count(store, "households") == 0)
    }

    @Test func anIDNumberTheSpreadsheetTurnedIntoANumberIsRefusedWithAHint() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let (report, _) = try store.importRoster(
            file: RosterFixtures.copy("lost-digits-openpyxl.xlsx"), into: fixture.village.id, dryRun: false, author: nil
        )
        #expect(report.reason(ofRow: 2)?.contains("存成了数字") == true)
    }

    @Test func hostileFilesAreRefusedWithNothingChanged() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        for name in ["zip-bomb.xlsx", "million-rows.xlsx"] {
            #expect(throws: ImportError.self) {
                _ = try store.importRoster(
                    file: RosterFixtures.copy(name), into: fixture.village.id, dryRun: false, author: nil)
            }
        }
        #expect(try count(store, "villager_groups") == 1)
    }

    @Test func aMappingFileNamesColumnsTheSynonymsMiss() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let rows = [
            ["家庭代码", "组名", "户主", "属性", "成员", "身份证件", "称谓"],
            ["0003", "第一村民小组", "周红", "一般农户", "周红", validID("53010219750101122"), "户主"],
        ]
        #expect(throws: ImportError.self) {
            _ = try store.importRoster(sheet(rows), into: fixture.village.id, dryRun: true, author: nil)
        }
        let mapping = try RosterMapping(
            text: "# 乡里的花名册\n家庭代码=户编号\n组名=村民小组\n属性=户类型\n成员=姓名\n身份证件=证件号码\n称谓=与户主关系\n")
        let report = try store.importRoster(
            sheet(rows), into: fixture.village.id, mapping: mapping, dryRun: false, author: nil)
        #expect(report.outcomes == ["新增"])
        #expect(throws: ImportError.self) { _ = try RosterMapping(text: "身份证=生日") }
    }
}

@Suite struct RosterImportReportTests {
    /// A report that cannot be written next to the file (here a folder already has its name; on a station, a
    /// write-protected USB stick) goes to the temporary folder, and the import still reports what it did.
    @Test func aReportThatCannotGoNextToTheFileGoesToTheTemporaryFolder() throws {
        let store = try makeStore()
        let fixture = try Fixture(store: store)
        let url = try RosterFixtures.copy("roster-gbk.csv")
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(
            atPath: url.path + ".导入报告.csv", withIntermediateDirectories: false)
        let (report, reportURL) = try store.importRoster(
            file: url, into: fixture.village.id, dryRun: false, author: nil)
        #expect(report.createdCount == 5)
        #expect(reportURL.deletingLastPathComponent().path != folder.path)
        #expect(FileManager.default.fileExists(atPath: reportURL.path))
    }
}
