import Testing

@testable import TerminalUI

@Suite struct FrameDiffTests {
    func canvas(_ rows: [String], width: Int = 10) -> Canvas {
        var canvas = Canvas(size: Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { canvas.draw(row, at: Point(x: 0, y: y)) }
        return canvas
    }

    @Test func identicalFramesHaveNoRuns() {
        let frame = canvas(["张三 李四", "abc"])
        #expect(FrameDiff(from: frame, to: frame).runs.isEmpty)
    }

    @Test func firstFrameSendsEveryRow() {
        let diff = FrameDiff(from: nil, to: canvas(["a", "b"]))
        #expect(diff.runs.count == 2)
        #expect(diff.changedCellCount == 20)
    }

    @Test func sizeChangeSendsEverything() {
        let diff = FrameDiff(from: canvas(["a"], width: 5), to: canvas(["a"], width: 6))
        #expect(diff.changedCellCount == 6)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        let diff = FrameDiff(from: canvas(["abcdef", "ghij"]), to: canvas(["abXdef", "ghij"]))
        #expect(diff.runs == [FrameDiff.Run(origin: Point(x: 2, y: 0), cells: [Cell(text: "X")])])
    }

    @Test func separateChangesAreSeparateMinimalRuns() {
        let diff = FrameDiff(from: canvas(["abcdefgh"]), to: canvas(["Xbcdefgh".replacingLast("Y")]))
        #expect(diff.runs.map(\.origin.x) == [0, 7])
        #expect(diff.changedCellCount == 2)
    }

    @Test func aChangedWideCharacterIsSentWhole() {
        let diff = FrameDiff(from: canvas(["张三李"]), to: canvas(["张王李"]))
        #expect(diff.runs.count == 1)
        #expect(diff.runs[0].origin == Point(x: 2, y: 0))
        #expect(diff.runs[0].text == "王")
        #expect(diff.changedCellCount == 2)
    }

    @Test func replacingAWideCharacterByNarrowOnesCoversBothColumns() {
        let diff = FrameDiff(from: canvas(["张三"]), to: canvas(["ab三"]))
        #expect(diff.runs.map(\.text) == ["ab"])
    }

    @Test func styleOnlyChangeIsARun() {
        let old = canvas(["abc"])
        var new = old
        new.draw("b", at: Point(x: 1, y: 0), style: .reverse)
        #expect(FrameDiff(from: old, to: new).changedCellCount == 1)
    }
}

extension String {
    fileprivate func replacingLast(_ character: Character) -> String {
        String(dropLast()) + String(character)
    }
}
