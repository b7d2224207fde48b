import Foundation
import Testing

@testable import Spreadsheets

@Suite struct XLSXReaderTests {
    @Test func openpyxlRosterReadsWithMergedCellsFilledAndEmptyRowsSkipped() throws {
        let sheet = try SpreadsheetFile.read(FixtureFiles.url("roster-openpyxl.xlsx"))
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 5, 7, 8])
        #expect(sheet.rows[0][0] == "幸福村农户花名册（2026年）")
        #expect(sheet.rows[0][5] == "幸福村农户花名册（2026年）", "a merged title fills its whole range")
        #expect(sheet.rows[1].cells.prefix(3) == ["户编号", "村民小组", "户主姓名"])
        #expect(sheet.rows[2][8] == "13812345678")
        #expect(sheet.rows[2][7] == "3")
        #expect(sheet.rows[3][0] == "5301020010010001", "户编号 merged down over the household's rows")
        #expect(sheet.rows[4][0] == "5301020010010001")
        #expect(sheet.rows[5][10].count == 18)
        #expect(sheet.merges.contains(CellRange(reference: "A3:A5")!))
    }

    @Test func xlsxwriterRosterReadsSharedStringsAndFloatPhones() throws {
        let sheet = try SpreadsheetFile.read(FixtureFiles.url("roster-xlsxwriter.xlsx"))
        #expect(sheet.rows.count == 6, "the second sheet 说明 is not read")
        #expect(sheet.rows[0].cells.last == "与户主关系")
        #expect(sheet.rows[1][8] == "13812345678", "13812345678.0 comes back as the digits typed")
        #expect(sheet.rows[4][5] == "因病")
        #expect(sheet.rows[4][4] == "边缘易致贫户")
    }

    @Test func anIDNumberStoredAsANumberShowsItsLostDigits() throws {
        let sheet = try SpreadsheetFile.read(FixtureFiles.url("lost-digits-openpyxl.xlsx"))
        #expect(sheet.rows[1][10] == "530102196503041200")
    }

    @Test func aZipBombIsRefusedBeforeItUnpacks() {
        #expect {
            _ = try SpreadsheetFile.read(FixtureFiles.url("zip-bomb.xlsx"))
        } throws: { ($0 as? SpreadsheetError)?.code == .tooLarge }
    }

    @Test func aZipBombWithinTheRatioLimitIsStillRefusedByItsSize() {
        let limits = SpreadsheetLimits(maxEntryBytes: 1024 * 1024, maxCompressionRatio: 1_000_000)
        #expect {
            _ = try SpreadsheetFile.read(FixtureFiles.url("zip-bomb.xlsx"), limits: limits)
        } throws: { ($0 as? SpreadsheetError)?.code == .tooLarge }
    }

    @Test func aMillionRowSheetIsRefusedWithItsRowNumber() {
        #expect {
            _ = try SpreadsheetFile.read(FixtureFiles.url("million-rows.xlsx"))
        } throws: { error in
            let error = error as? SpreadsheetError
            return error?.code == .tooManyRows && error?.message.contains("1000000") == true
        }
    }

    @Test func aTruncatedWorkbookIsRefusedAsDamaged() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let bytes = try Data(contentsOf: FixtureFiles.url("roster-xlsxwriter.xlsx"))
        let cut = folder.appendingPathComponent("cut.xlsx")
        try bytes.prefix(bytes.count / 2).write(to: cut)
        #expect {
            _ = try SpreadsheetFile.read(cut)
        } throws: { ($0 as? SpreadsheetError)?.code == .damagedArchive }
    }

    @Test func filesThatAreNotSpreadsheetsAreRefused() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let png = folder.appendingPathComponent("photo.xlsx")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xD8]).write(to: png)
        #expect {
            _ = try SpreadsheetFile.read(png)
        } throws: {
            ($0 as? SpreadsheetError)?.code == .notASpreadsheet || ($0 as? SpreadsheetError)?.code == .undecodableText
        }
        let xls = folder.appendingPathComponent("old.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).write(to: xls)
        #expect {
            _ = try SpreadsheetFile.read(xls)
        } throws: { ($0 as? SpreadsheetError)?.message.contains(".xls") == true }
    }

    @Test func aZipWithoutAWorkbookIsNotASpreadsheet() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let url = folder.appendingPathComponent("other.xlsx")
        // Our own writer makes a valid archive; take its bytes and rename the workbook part away.
        try XLSXWriter.write(rows: [[.text("a")]], sheetName: "S", to: url)
        var bytes = try Data(contentsOf: url)
        let name = Data("xl/workbook.xml".utf8)
        while let range = bytes.range(of: name) { bytes.replaceSubrange(range, with: Data("xl/workbook.xmX".utf8)) }
        try bytes.write(to: url)
        #expect {
            _ = try SpreadsheetFile.read(url)
        } throws: { ($0 as? SpreadsheetError)?.code == .notASpreadsheet }
    }
}
