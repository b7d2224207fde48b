import Testing

@testable import TerminalUI

struct DialogAndBarTests {
    @Test func messageDialogClosesOnEnterEscOrSpaceAndSwallowsOtherKeys() {
        var dialog = MessageDialog(message: "已保存。")
        #expect(dialog.handle(.enter) == .dismissed)
        #expect(dialog.handle(.escape) == .dismissed)
        #expect(dialog.handle(.character(" ")) == .dismissed)
        #expect(dialog.handle(.character("q")) == .handled)
        #expect(dialog.handle(.down) == .handled)
    }

    @Test func confirmDialogAnswersWithYAndNAndEscIsNo() {
        var dialog = ConfirmDialog(message: "放弃未保存的修改？")
        #expect(dialog.handle(.character("y")) == .confirmed)
        #expect(dialog.handle(.character("Y")) == .confirmed)
        #expect(dialog.handle(.character("n")) == .cancelled)
        #expect(dialog.handle(.escape) == .cancelled)
        #expect(dialog.handle(.character("x")) == .handled)
    }

    @Test func confirmDialogEnterAnswersTheHighlightedButtonWhichStartsAtNo() {
        var dialog = ConfirmDialog(message: "放弃未保存的修改？")
        #expect(dialog.handle(.enter) == .cancelled)
        #expect(dialog.handle(.right) == .handled)
        #expect(dialog.yesHighlighted)
        #expect(dialog.handle(.enter) == .confirmed)
        _ = dialog.handle(.tab)
        #expect(dialog.handle(.character(" ")) == .cancelled)
        var yesFirst = ConfirmDialog(message: "开始同步？", defaultYes: true)
        #expect(yesFirst.handle(.enter) == .confirmed)
        _ = yesFirst.handle(.left)
        #expect(!yesFirst.yesHighlighted)
    }

    @Test func barsScaleToTheLargestValueAndNonZeroValuesShow() {
        #expect(BarChart.barLength(60, maximum: 60, width: 40) == 40)
        #expect(BarChart.barLength(30, maximum: 60, width: 40) == 20)
        #expect(BarChart.barLength(1, maximum: 1000, width: 40) == 1)
        #expect(BarChart.barLength(0, maximum: 60, width: 40) == 0)
        #expect(BarChart.barLength(5, maximum: 0, width: 40) == 0)
    }

    @Test func progressCaptionAndPercent() {
        let progress = ProgressBar(label: "已走访", done: 45, total: 60, unit: "户")
        #expect(progress.caption == "已走访 45/60 户")
        #expect(progress.percent == 75)
        #expect(ProgressBar(label: "已排查", done: 0, total: 0).percent == 0)
        #expect(ProgressBar(label: "已排查", done: 9, total: 3).percent == 100)
    }

    @Test func theProgressBarFillsItsDoneShareInReverseVideo() {
        var canvas = Canvas(size: Size(width: 40, height: 1))
        ProgressBar(label: "已走访", done: 1, total: 2, unit: "户").render(
            into: &canvas, in: canvas.bounds, theme: .monochrome, focused: false)
        #expect(canvas.lines[0] == "已走访 1/2 户 [" + String(repeating: " ", count: 19) + "]  50%")
        let reversed = canvas.row(0).filter(\.style.reverse).count
        #expect(reversed == 9)
        #expect(canvas[15, 0].style.reverse && !canvas[25, 0].style.reverse)
    }
}
