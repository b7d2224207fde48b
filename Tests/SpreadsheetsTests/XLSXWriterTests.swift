import Foundation
import Testing

@testable import Spreadsheets

@Suite struct XLSXWriterTests {
    static let rows: [[SheetValue]] = [
        [.text("户编号"), .text("姓名"), .text("证件号码"), .text("联系电话"), .text("人口数"), .text("备注")],
        [
            .text("0001"), .text("张三"), .text("53010219650304123X"), .text("13812345678"), .number(3),
            .text("a<b & \"c\""),
        ],
        [.text("0002"), .text("阿依古丽·买买提"), .text("530102196503041234"), .text(""), .number(1), .text("=1+1")],
    ]

    @Test func ourWorkbookReadsBackUnchanged() throws {
        let url = try FixtureFiles.temporaryFolder().appendingPathComponent("register.xlsx")
        try XLSXWriter.write(rows: Self.rows, sheetName: "农户花名册", to: url)
        let sheet = try XLSXReader.read(url)
        #expect(sheet.rows.map(\.cells) == Self.rows.map { row in Array(row.map(\.text)) })
    }

    /// Python's zipfile and ElementTree, which know nothing of our reader, see a workbook whose parts are in
    /// place, whose ID numbers and phones are text cells, with a bold frozen header.
    @Test(.enabled(if: Python.isAvailable)) func anIndependentReaderSeesTextCellsAndAFrozenHeader() throws {
        let url = try FixtureFiles.temporaryFolder().appendingPathComponent("register.xlsx")
        try XLSXWriter.write(rows: Self.rows, sheetName: "农户花名册", to: url)
        let script = """
            import json, sys, zipfile, xml.etree.ElementTree as ET
            ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            names = set(z.namelist())
            sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
            cells = {}
            for c in sheet.iter('{%s}c' % ns['m']):
                text = ''.join(t.text or '' for t in c.iter('{%s}t' % ns['m']))
                v = c.find('m:v', ns)
                cells[c.get('r')] = [c.get('t'), c.get('s'), text if v is None else v.text]
            pane = sheet.find('.//m:pane', ns)
            book = ET.fromstring(z.read('xl/workbook.xml'))
            print(json.dumps({'names': sorted(names), 'cells': cells, 'frozen': pane.get('state'),
                'sheet': book.find('.//m:sheet', ns).get('name')}))
            """
        let output = try Python.run(script, [url.path])
        let result = try JSONDecoder().decode(PythonView.self, from: Data(output.utf8))
        #expect(result.names.contains("[Content_Types].xml") && result.names.contains("xl/styles.xml"))
        let cells = result.cells
        #expect(cells["C2"] == ["inlineStr", "2", "53010219650304123X"])
        #expect(cells["D2"] == ["inlineStr", "2", "13812345678"])
        #expect(cells["A3"] == ["inlineStr", "2", "0002"])
        #expect(cells["E2"] == [nil, nil, "3"])
        #expect(cells["A1"]?[1] == "1", "the header has the bold style")
        #expect(cells["F2"]?[2] == "a<b & \"c\"")
        #expect(result.frozen == "frozen")
        #expect(result.sheet == "农户花名册")
    }

    private struct PythonView: Decodable {
        var names: [String]
        var cells: [String: [String?]]
        var frozen: String?
        var sheet: String
    }

    @Test func aFailedWriteLeavesNoFileBehind() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let url = folder.appendingPathComponent("missing-folder/register.xlsx")
        #expect(throws: SpreadsheetError.self) { try XLSXWriter.write(rows: Self.rows, sheetName: "S", to: url) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
