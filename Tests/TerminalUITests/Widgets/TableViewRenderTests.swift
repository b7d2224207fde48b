import Testing

@testable import TerminalUI

struct TableViewRenderTests {
    let columns = [
        TableColumn(title: "户编号", width: .fixed(8)),
        TableColumn(title: "户主", width: .flexible(weight: 1)),
        TableColumn(title: "人口", width: .fixed(4), alignment: .trailing),
        TableColumn(title: "地址", width: .flexible(weight: 2)),
    ]
    let rows = [
        TableRow(id: "1", cells: ["H0001", "张三", "4", "王家坪村第三组12号"]),
        TableRow(id: "2", cells: ["H0002", "Li Ming", "12", "Wangjiaping Group 3"]),
        TableRow(id: "3", cells: ["H0003", "欧阳娜娜ABC", "3", "王家坪村第三村民小组东头老槐树下第二家"]),
    ]

    func render(width: Int, height: Int = 6, focused: Bool = true, configure: (inout TableView) -> Void = { _ in })
        throws -> (Canvas, TableView)
    {
        var table = TableView(columns: columns, emptyMessage: "没有符合条件的农户")
        let rect = Rect(x: 0, y: 0, width: width, height: height)
        table.fit(to: rect)
        try table.fill(from: ArrayTableDataSource(rows: rows))
        configure(&table)
        var canvas = Canvas(size: Size(width: width, height: height))
        table.render(into: &canvas, in: rect, theme: .monochrome, focused: focused)
        return (canvas, table)
    }

    /// The display column where `needle` starts in `line`.
    func column(of needle: String, in line: String) -> Int? {
        guard let range = line.range(of: needle) else { return nil }
        return DisplayWidth.of(String(line[..<range.lowerBound]))
    }

    @Test func mixedChineseAndASCIIColumnsLineUpAt80Columns() throws {
        let (canvas, _) = try render(width: 80)
        #expect(
            canvas.lines == [
                "户编号   户主                  人口 地址                                        ",
                "H0001    张三                     4 王家坪村第三组12号                          ",
                "H0002    Li Ming                 12 Wangjiaping Group 3                         ",
                "H0003    欧阳娜娜ABC              3 王家坪村第三村民小组东头老槐树下第二家      ",
                "                                                                                ",
                "/ 筛选                                                                 第 1/3 行",
            ])
    }

    @Test func mixedChineseAndASCIIColumnsLineUpAt120Columns() throws {
        let (canvas, _) = try render(width: 120)
        let lines = canvas.lines
        for line in lines.prefix(4) { #expect(DisplayWidth.of(line) == 120) }
        // The address column starts at the same display column on every row.
        let starts = [
            column(of: "地址", in: lines[0]), column(of: "王家坪村第三组", in: lines[1]),
            column(of: "Wangjiaping", in: lines[2]), column(of: "王家坪村第三村民", in: lines[3]),
        ]
        #expect(Set(starts).count == 1)
        #expect(starts[0] == 8 + 1 + 35 + 1 + 4 + 1)
    }

    @Test func longChineseNamesAreCutWithTwoDotsOnACharacterBoundary() throws {
        let (canvas, _) = try render(width: 40)
        let line = canvas.lines[3]
        #expect(line.contains(".."))
        #expect(!line.contains("…"))
        #expect(DisplayWidth.of(line) == 40)
    }

    @Test func aWideCharacterIsNeverSplitAtAColumnBoundary() throws {
        // Odd widths force every flexible column to end where a 2-column character would straddle it.
        for width in [41, 43, 79, 81] {
            let (canvas, _) = try render(width: width)
            for y in 0..<4 {
                let cells = canvas.row(y)
                for (offset, cell) in cells.enumerated() where cell.isContinuation {
                    #expect(offset > 0 && DisplayWidth.of(cells[cells.startIndex + offset - 1].text) == 2)
                }
                #expect(DisplayWidth.of(canvas.lines[y]) == width)
            }
        }
    }

    @Test func theSelectedRowIsDrawnInTheSelectionStyle() throws {
        let (canvas, _) = try render(width: 80) { _ = $0.handle(.down) }
        #expect(canvas[0, 2].style == Theme.monochrome.selection)
        #expect(canvas[79, 2].style == Theme.monochrome.selection)
        #expect(canvas[0, 1].style == Theme.monochrome.normal)
        #expect(canvas.lines[5].hasSuffix(" 第 2/3 行"))
    }

    @Test func anEmptyTableShowsItsMessage() throws {
        var table = TableView(columns: columns, emptyMessage: "没有符合条件的农户")
        let rect = Rect(x: 0, y: 0, width: 80, height: 6)
        table.fit(to: rect)
        try table.fill(from: ArrayTableDataSource(rows: []))
        var canvas = Canvas(size: rect.size)
        table.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        #expect(canvas.lines[2].trimmingSpaces == "没有符合条件的农户")
        #expect(canvas.lines[5].contains("共 0 行"))
    }

    @Test func theOpenFilterLineShowsTheQueryAndPutsTheCursorAtItsCaret() throws {
        let (canvas, _) = try render(width: 80) {
            _ = $0.handle(.character("/"))
            _ = $0.handle(.character("张"))
            _ = $0.handle(.character("s"))
        }
        #expect(canvas.lines[5].hasPrefix("筛选：张s "))
        #expect(canvas.cursor == Point(x: 6 + 3, y: 5))
    }

    @Test func aKeptFilterStaysVisibleWithHowToChangeIt() throws {
        let (canvas, _) = try render(width: 80) {
            _ = $0.handle(.character("/"))
            _ = $0.handle(.character("张"))
            _ = $0.handle(.enter)
        }
        #expect(canvas.lines[5].hasPrefix("筛选：张  （/ 修改，Esc 清除）"))
        #expect(canvas.cursor == nil)
    }
}
