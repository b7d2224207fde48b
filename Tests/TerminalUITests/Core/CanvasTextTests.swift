import Testing

@testable import TerminalUI

@Suite struct CanvasTextTests {
    @Test func drawsChineseAsLeadAndContinuationCells() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let used = canvas.draw("张三a", at: Point(x: 0, y: 0))
        #expect(used == 5)
        #expect(canvas[0, 0].text == "张")
        #expect(canvas[1, 0].isContinuation)
        #expect(canvas.lines == ["张三a "])
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var canvas = Canvas(size: Size(width: 5, height: 1))
        let used = canvas.draw("张三李", at: Point(x: 0, y: 0))
        #expect(used == 5)
        #expect(canvas.lines == ["张三 "])
        #expect(!canvas[4, 0].isContinuation)
    }

    @Test func wideCharacterNeverSplitAtMaxWidth() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        canvas.draw("..........", at: Point(x: 0, y: 0))
        canvas.draw("张三李", at: Point(x: 1, y: 0), maxWidth: 3)
        #expect(canvas.lines == [".张 ......"])
    }

    @Test func overwritingTheRightHalfOfAWideCharacterBlanksItsLeftHalf() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.draw("张三", at: Point(x: 0, y: 0))
        canvas.draw("x", at: Point(x: 1, y: 0))
        #expect(canvas.lines == [" x三  "])
        #expect(!canvas[0, 0].isContinuation && !canvas[1, 0].isContinuation)
    }

    @Test func overwritingTheLeftHalfOfAWideCharacterBlanksItsRightHalf() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.draw("张三", at: Point(x: 0, y: 0))
        canvas.draw("李", at: Point(x: 1, y: 0))
        #expect(canvas.lines == [" 李   "])
        #expect(canvas[3, 0].text == " " && !canvas[3, 0].isContinuation)
    }

    @Test func escapeSequencesNeverReachTheCells() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        canvas.draw("\u{1b}[31m红\u{7}", at: Point(x: 0, y: 0))
        #expect(canvas.lines == ["?红?      "])
        let scalars = canvas.row(0).flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func combiningMarksStayOnTheirBaseCell() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        #expect(canvas.draw("e\u{301}x", at: Point(x: 0, y: 0)) == 2)
        #expect(canvas[0, 0].text == "e\u{301}")
    }

    @Test func cellsKeepOneSpacingScalarSoFlagsCannotOverflow() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.draw("🇨🇳ab", at: Point(x: 0, y: 0))
        #expect(canvas[0, 0].text.unicodeScalars.count == 1)
        #expect(canvas.lines == ["🇨ab "])
    }

    @Test func drawingOffTheCanvasIsClipped() {
        var canvas = Canvas(size: Size(width: 4, height: 2))
        #expect(canvas.draw("abc", at: Point(x: 0, y: 5)) == 0)
        canvas.draw("张三", at: Point(x: -1, y: 0))
        #expect(canvas.lines[0] == " 三 ")
    }

    @Test func fillPaintsSpacesInTheStyleAndClips() {
        var canvas = Canvas(size: Size(width: 4, height: 2))
        canvas.draw("张三", at: Point(x: 0, y: 0))
        canvas.fill(Rect(x: 1, y: 0, width: 10, height: 1), with: .reverse)
        #expect(canvas.lines == ["    ", "    "])
        #expect(canvas[0, 0].style == .plain)
        #expect(canvas[3, 0].style == .reverse)
    }

    @Test func boxIsAsciiWithTitle() {
        var canvas = Canvas(size: Size(width: 12, height: 3))
        canvas.drawBox(canvas.bounds, title: "确认")
        #expect(canvas.lines == ["+- 确认 ---+", "|          |", "+----------+"])
    }
}
