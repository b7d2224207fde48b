#!/usr/bin/env python3
"""Makes the spreadsheet fixtures of SpreadsheetsTests and CunzhanStoreTests with writers independent of
Cunzhan: openpyxl 3.1.5 (inline strings) and XlsxWriter 3.3.1 (shared strings) for the workbooks
(pip install openpyxl==3.1.5 XlsxWriter==3.3.1), Python's codecs for GBK text and its zipfile module for
the hostile archives. Run once from this folder; the outputs are committed.

    python3 make_fixtures.py
"""
import io
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.styles import Font

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"


def id_number(first17):
    return first17 + CHECKS[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


HEADER = ["户编号", "村民小组", "户主姓名", "户类型", "监测对象类别", "风险类型1", "风险类型2", "人口数", "联系电话",
          "姓名", "证件号码", "与户主关系"]

# Household 5301020010010001: three members; 0002: two members, monitored, two risks.
ROWS = [
    ["5301020010010001", "第一村民小组", "张德明", "脱贫户", "", "", "", 3, 13812345678,
     "张德明", id_number("53010219650304123"), "户主"],
    ["5301020010010001", "第一村民小组", "张德明", "脱贫户", "", "", "", 3, None,
     "李秀英", id_number("53010219680817122"), "配偶"],
    ["5301020010010001", "第一村民小组", "张德明", "脱贫户", "", "", "", 3, None,
     "张小军", id_number("53010219920115121"), "之子"],
    ["5301020010010002", "第二村民小组", "王建国", "一般农户", "边缘易致贫户", "因病", "因学", 2, 15987654321,
     "王建国", id_number("53010219700512143"), "户主"],
    ["5301020010010002", "第二村民小组", "王建国", "一般农户", "边缘易致贫户", "因病", "因学", 2, None,
     "王丽", id_number("53010220080909144"), "之女"],
]


def roster_workbook():
    """A township roster: a merged title row, a bold header, numbers for population and phone, the
    household number merged down over each household's rows, and an empty row between households."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["幸福村农户花名册（2026年）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(HEADER)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for index, row in enumerate(ROWS):
        if index == 3:
            sheet.append([])  # an empty row between the households
        sheet.append(row)
    # 户编号 merged down over the first household's three rows (rows 3 to 5), as offices often do.
    for row in (4, 5):
        sheet.cell(row=row, column=1).value = None
    sheet.merge_cells("A3:A5")
    book.save("roster-openpyxl.xlsx")


def shared_strings_workbook():
    """The roster written by XlsxWriter: every text in the shared-string table, numbers as numbers, the
    phone as a float (13812345678.0), and a phonetic-free second sheet that must be ignored."""
    book = xlsxwriter.Workbook("roster-xlsxwriter.xlsx")
    sheet = book.add_worksheet("花名册")
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, HEADER, bold)
    for index, row in enumerate(ROWS):
        for column, value in enumerate(row):
            if value is None or value == "":
                continue
            if column == 8:
                sheet.write_number(index + 1, column, float(value))
            elif isinstance(value, int):
                sheet.write_number(index + 1, column, value)
            else:
                sheet.write_string(index + 1, column, value)
    other = book.add_worksheet("说明")
    other.write_string(0, 0, "这一页不是花名册")
    book.close()


def lost_digits_workbook():
    """An ID number typed into a number cell: the spreadsheet keeps 15 significant digits only."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    row = list(ROWS[0])
    row[10] = float(row[10][:17] + "1")  # a float: 5.30102196503041e17, the last digits lost
    sheet.append(row)
    book.save("lost-digits-openpyxl.xlsx")


def merged_header_workbook():
    """Two risk columns sharing one merged header cell: the importer must refuse it by name."""
    book = openpyxl.Workbook()
    sheet = book.active
    header = list(HEADER)
    header[6] = None
    sheet.append(header)
    sheet.merge_cells("F1:G1")
    for row in ROWS[:2]:
        sheet.append(row)
    book.save("merged-header-openpyxl.xlsx")


def gbk_csv():
    """The same roster as CSV in GBK, as Excel on a Chinese Windows saves "CSV (逗号分隔)"."""
    lines = [",".join(HEADER)]
    for row in ROWS:
        lines.append(",".join("" if value is None else str(value) for value in row))
    text = "\r\n".join(lines) + "\r\n"
    with open("roster-gbk.csv", "wb") as out:
        out.write(text.encode("gbk"))
    with open("roster-utf8-bom.csv", "wb") as out:
        out.write(b"\xef\xbb\xbf" + text.encode("utf-8"))


MINIMAL_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}


def zip_bomb():
    """A workbook whose sheet unpacks from about 300 KB to 300 MB of spaces."""
    with zipfile.ZipFile("zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in MINIMAL_PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as entry:
            entry.write(b'<?xml version="1.0"?><worksheet><sheetData>')
            block = b" " * (1024 * 1024)
            for _ in range(300):
                entry.write(block)
            entry.write(b"</sheetData></worksheet>")


def million_rows():
    """A sheet that says it has 1,000,000 rows and has data in row 1,000,000 (sparse, so the file is small)."""
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'
             '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>张三</t></is></c></row></sheetData></worksheet>')
    with zipfile.ZipFile("million-rows.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in MINIMAL_PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)


if __name__ == "__main__":
    roster_workbook()
    shared_strings_workbook()
    lost_digits_workbook()
    merged_header_workbook()
    gbk_csv()
    zip_bomb()
    million_rows()
