import Foundation

/// The XML parts of the workbook `XLSXWriter` writes, as text.
enum XLSXParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static let contentTypes =
        declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/docProps/app.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """

    static let rootRelationships =
        declaration + """
            <Relationships xmlns="\(packageRelationships)">\
            <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
            <Relationship Id="rId2" Type="\(relationshipNamespace)/extended-properties" Target="docProps/app.xml"/>\
            </Relationships>
            """

    static let appProperties =
        declaration + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
            <Application>Cunzhan</Application></Properties>
            """

    static func workbook(sheetName: String) -> String {
        declaration + """
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\
            <sheets><sheet name="\(escaped(String(sheetName.prefix(31))))" sheetId="1" r:id="rId1"/></sheets>\
            </workbook>
            """
    }

    static let workbookRelationships =
        declaration + """
            <Relationships xmlns="\(packageRelationships)">\
            <Relationship Id="rId1" Type="\(relationshipNamespace)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
            </Relationships>
            """

    /// Cell formats: 0 default, 1 bold header, 2 text (`@`, number format 49) for text cells.
    static let styles =
        declaration + """
            <styleSheet xmlns="\(mainNamespace)">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill>\
            <fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>\
            <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """

    /// The sheet: frozen bold header row, column widths, then the rows with inline strings and numbers.
    static func worksheet(rows: [[SheetValue]]) -> Data {
        var xml = declaration + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        let width = rows.map(\.count).max() ?? 0
        if width > 0, !rows.isEmpty {
            xml += "<dimension ref=\"A1:\(CellReference(row: rows.count - 1, column: width - 1))\"/>"
        } else {
            xml += "<dimension ref=\"A1\"/>"
        }
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if width > 0 {
            xml += "<cols>"
            for column in 0..<width {
                let widest =
                    rows.prefix(200).map { $0.indices.contains(column) ? displayWidth($0[column].text) : 0 }
                    .max() ?? 8
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(min(max(widest + 2, 8), 60))\""
                xml += " customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        var data = Data(xml.utf8)
        data.append(Data("<sheetData>".utf8))
        for (rowIndex, row) in rows.enumerated() {
            let style = rowIndex == 0 ? 1 : 2
            var line = "<row r=\"\(rowIndex + 1)\">"
            for (column, value) in row.enumerated() {
                let reference = CellReference(row: rowIndex, column: column).description
                switch value {
                case .number(let number):
                    line += "<c r=\"\(reference)\"><v>\(number)</v></c>"
                case .text(let text):
                    guard !text.isEmpty else { continue }
                    line += "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    line += escaped(text) + "</t></is></c>"
                }
            }
            line += "</row>"
            data.append(Data(line.utf8))
        }
        data.append(Data("</sheetData></worksheet>".utf8))
        return data
    }

    /// Text safe inside XML content and attributes; characters XML 1.0 cannot carry are dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Columns a text takes: 2 for CJK and other wide characters, 1 otherwise (for column widths only).
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
