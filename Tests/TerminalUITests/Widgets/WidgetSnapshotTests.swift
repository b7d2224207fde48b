import Testing

@testable import TerminalUI

/// Golden frames of every widget in `__Snapshots__/Widgets/`, drawn with the monochrome theme.
struct WidgetSnapshotTests {
    /// Households with mixed Chinese and ASCII cells, some longer than their column.
    static let households: [TableRow] = [
        ("H0001", "张三", "4", "13800138000", "王家坪村第一组3号"),
        ("H0002", "Li Ming", "2", "13912345678", "Wangjiaping Group 1"),
        ("H0003", "欧阳娜娜（长期外出务工）", "6", "—", "王家坪村第二村民小组东头老槐树下第二家"),
        ("H0004", "买买提·艾力", "5", "15000001111", "二组 No.12"),
        ("H0005", "司马相如Sima", "1", "", "三组"),
        ("H0006", "王五", "12", "18611112222", "王家坪村第三组村委会对面"),
    ].map { TableRow(id: $0.0, cells: [$0.0, $0.1, $0.2, $0.3, $0.4]) }

    static let columns = [
        TableColumn(title: "户编号", width: .fixed(6)),
        TableColumn(title: "户主", width: .flexible(weight: 1)),
        TableColumn(title: "人口", width: .fixed(4), alignment: .trailing),
        TableColumn(title: "电话", width: .fixed(11)),
        TableColumn(title: "住址", width: .flexible(weight: 2)),
    ]

    func table(_ size: Size, keys: [Key] = []) throws -> Canvas {
        var table = TableView(columns: Self.columns, emptyMessage: "没有符合条件的农户")
        let rect = Rect(x: 0, y: 0, width: size.width, height: size.height)
        table.fit(to: rect)
        let source = ArrayTableDataSource(rows: Self.households)
        try table.fill(from: source)
        for key in keys {
            _ = table.handle(key)
            try table.fill(from: source)
        }
        var canvas = Canvas(size: size)
        table.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        return canvas
    }

    @Test func tableAt80Columns() throws {
        try assertSnapshot(table(Size(width: 80, height: 10), keys: [.down, .down]), named: "Widgets/table-80x10")
    }

    @Test func tableAt120Columns() throws {
        try assertSnapshot(table(Size(width: 120, height: 10), keys: [.end]), named: "Widgets/table-120x10")
    }

    @Test func tableWithTheFilterLineOpen() throws {
        try assertSnapshot(
            table(Size(width: 80, height: 6), keys: [.character("/"), .character("王"), .character("w")]),
            named: "Widgets/table-filter-80x6")
    }

    @Test func tableWithNoRows() throws {
        var table = TableView(columns: Self.columns, emptyMessage: "没有符合条件的农户")
        let rect = Rect(x: 0, y: 0, width: 80, height: 6)
        table.fit(to: rect)
        try table.fill(from: ArrayTableDataSource(rows: []))
        var canvas = Canvas(size: rect.size)
        table.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        try assertSnapshot(canvas, named: "Widgets/table-empty-80x6")
    }

    @Test func formWithErrorsAndSummary() throws {
        var form = FormView(
            fields: sampleFields(), values: ["name": "欧阳娜娜", "income": "3.141", "idNumber": "41010219900101"])
        let rect = Rect(x: 0, y: 0, width: 80, height: 20)
        form.fit(to: rect)
        _ = form.handle(.control("s"))
        var canvas = Canvas(size: rect.size)
        form.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
        try assertSnapshot(canvas, named: "Widgets/form-errors-80x20")
    }

    @Test func textInputScrolledToTheCaret() throws {
        var input = TextInput(text: "王家坪村第二村民小组东头老槐树下第二家", width: 20)
        _ = input.handle(.left)
        var canvas = Canvas(size: Size(width: 30, height: 1))
        input.render(into: &canvas, in: Rect(x: 2, y: 0, width: 20, height: 1), theme: .monochrome, focused: true)
        try assertSnapshot(canvas, named: "Widgets/text-input-30x1")
        #expect(canvas.cursor == Point(x: 18, y: 0))
    }

    @Test func messageAndConfirmDialogs() throws {
        var canvas = Canvas(size: Size(width: 80, height: 12))
        MessageDialog(title: "已保存", message: "张三户的入户走访记录已保存，待上传 3 条。").render(
            into: &canvas, in: Rect(x: 0, y: 0, width: 80, height: 6), theme: .monochrome, focused: true)
        ConfirmDialog(
            title: "放弃修改", message: "这张表有未保存的修改。放弃修改并返回列表吗？放弃后刚才填写的内容将不会保留，需要重新填写。"
        ).render(into: &canvas, in: Rect(x: 0, y: 6, width: 80, height: 6), theme: .monochrome, focused: true)
        try assertSnapshot(canvas, named: "Widgets/dialogs-80x12")
    }

    @Test func barChartAndProgressAt80And120Columns() throws {
        for width in [80, 120] {
            var canvas = Canvas(size: Size(width: width, height: 5))
            BarChart(entries: [
                .init(label: "第一村民小组", value: 60), .init(label: "二组", value: 45),
                .init(label: "Group 3", value: 7), .init(label: "四组", value: 0),
            ]).render(into: &canvas, in: Rect(x: 0, y: 0, width: width, height: 4), theme: .monochrome, focused: false)
            ProgressBar(label: "已走访", done: 45, total: 60, unit: "户").render(
                into: &canvas, in: Rect(x: 0, y: 4, width: width, height: 1), theme: .monochrome, focused: false)
            // Reverse-video cells are shown as '#' so the golden file shows the bars.
            let lines = (0..<canvas.size.height).map { y in
                canvas.row(y).reduce(into: "") { line, cell in
                    if !cell.isContinuation { line += cell.style.reverse ? "#" : cell.text }
                }
            }
            try assertSnapshot(lines: lines, named: "Widgets/bars-\(width)x5")
        }
    }
}
