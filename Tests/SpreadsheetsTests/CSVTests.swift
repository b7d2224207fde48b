import Foundation
import Testing

@testable import Spreadsheets

@Suite struct CSVTests {
    @Test func gbkCSVIsDetectedAndReadsLikeTheUTF8One() throws {
        let gbkBytes = try Data(contentsOf: FixtureFiles.url("roster-gbk.csv"))
        #expect(String(data: gbkBytes, encoding: .utf8) == nil, "the fixture really is GBK")
        let (_, detected) = try TextEncoding.decode(gbkBytes)
        #expect(detected == .gb18030)
        let gbk = try SpreadsheetFile.read(FixtureFiles.url("roster-gbk.csv"))
        let utf8 = try SpreadsheetFile.read(FixtureFiles.url("roster-utf8-bom.csv"))
        #expect(gbk == utf8)
        #expect(gbk.rows[0][0] == "户编号", "the byte order mark is not part of the first title")
        #expect(gbk.rows[1][2] == "张德明")
        #expect(gbk.rows.count == 6)
    }

    @Test func choosingTheWrongEncodingIsRefusedClearly() throws {
        #expect {
            _ = try SpreadsheetFile.read(FixtureFiles.url("roster-gbk.csv"), encoding: .utf8)
        } throws: { ($0 as? SpreadsheetError)?.code == .undecodableText }
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let text = "姓名,备注\r\n张三,\"住在\"\"老屋\"\"，\n靠河,边\"\r\n\r\n李四,\r\n"
        let sheet = try CSVReader.read(text)
        #expect(sheet.rows.map(\.number) == [1, 2, 4])
        #expect(sheet.rows[1].cells == ["张三", "住在\"老屋\"，\n靠河,边"])
        #expect(sheet.rows[2].cells == ["李四", ""])
    }

    @Test func tabSeparatedTextIsRead() throws {
        let sheet = try CSVReader.read("姓名\t证件号码\n张三\t530102196503041234\n")
        #expect(sheet.rows[1].cells == ["张三", "530102196503041234"])
    }

    @Test func writtenCSVHasABOMAndGuardsDigitsAndFormulas() throws {
        let rows: [[SheetValue]] = [
            [.text("证件号码"), .text("电话"), .text("备注"), .text("户编号"), .text("人口")],
            [.text("53010219650304123X"), .text("13812345678"), .text("=HYPERLINK(\"x\")"), .text("0001"), .number(3)],
            [.text("530102196503041234"), .text(""), .text("-1 \"引号\", 逗号"), .text("@cmd"), .number(12)],
        ]
        let data = CSVWriter.data(rows: rows)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(
            lines[1] == "53010219650304123X,\"=\"\"13812345678\"\"\",\"'=HYPERLINK(\"\"x\"\")\",\"=\"\"0001\"\"\",3")
        #expect(lines[2] == "\"=\"\"530102196503041234\"\"\",,\"'-1 \"\"引号\"\", 逗号\",'@cmd,12")
        let back = try CSVReader.read(text)
        #expect(back.rows.map(\.cells) == rows.map { $0.map(\.text) })
    }

    @Test func pythonsCSVModuleReadsOurCSV() throws {
        guard Python.isAvailable else { return }
        let folder = try FixtureFiles.temporaryFolder()
        let url = folder.appendingPathComponent("out.csv")
        let rows: [[SheetValue]] = [[.text("姓名"), .text("备注")], [.text("张三"), .text("有,逗号\n和换行")]]
        try CSVWriter.data(rows: rows).write(to: url)
        let output = try Python.run(
            "import csv,sys,json\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))",
            [url.path])
        let decoded = try JSONDecoder().decode([[String]].self, from: Data(output.utf8))
        #expect(decoded == [["姓名", "备注"], ["张三", "有,逗号\n和换行"]])
    }

    @Test func aCSVPastTheRowLimitIsRefused() {
        let text = String(repeating: "张三,1\n", count: 1_001)
        #expect {
            _ = try CSVReader.read(text, limits: SpreadsheetLimits(maxRows: 1_000))
        } throws: { ($0 as? SpreadsheetError)?.code == .tooManyRows }
    }

    @Test func binaryBytesAreNotACSV() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let url = folder.appendingPathComponent("x.csv")
        try Data([0x41, 0x00, 0x01, 0x02, 0x42, 0x0A]).write(to: url)
        #expect {
            _ = try SpreadsheetFile.read(url)
        } throws: { ($0 as? SpreadsheetError)?.code == .notASpreadsheet }
    }
}
