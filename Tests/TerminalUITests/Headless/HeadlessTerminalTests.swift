import Testing

@testable import TerminalUI

@Suite struct HeadlessTerminalTests {
    @Test func queuedEventsComeOutInOneBatchThenTheInputEnds() {
        let terminal = HeadlessTerminal()
        terminal.send(.down, .enter)
        terminal.type("张三")
        #expect(
            terminal.nextEvents(timeoutMilliseconds: nil) == [
                .key(.down), .key(.enter), .key(.character("张")), .key(.character("三")),
            ])
        #expect(terminal.nextEvents(timeoutMilliseconds: 10).isEmpty)
    }

    @Test func resizeChangesTheSizeAndQueuesTheEvent() {
        let terminal = HeadlessTerminal()
        terminal.resize(to: Size(width: 120, height: 40))
        #expect(terminal.size == Size(width: 120, height: 40))
        #expect(terminal.nextEvents(timeoutMilliseconds: nil) == [.resize(Size(width: 120, height: 40))])
    }

    @Test func presentKeepsTheFrameLinesCursorAndChangedCellCount() {
        let terminal = HeadlessTerminal(size: Size(width: 4, height: 1))
        var frame = Canvas(size: terminal.size)
        frame.draw("ab", at: Point(x: 0, y: 0))
        frame.cursor = Point(x: 2, y: 0)
        terminal.present(frame)
        #expect(terminal.lines == ["ab  "])
        #expect(terminal.cursor == Point(x: 2, y: 0))
        #expect(terminal.lastChangedCellCount == 4)
        frame.draw("c", at: Point(x: 2, y: 0))
        terminal.present(frame)
        #expect(terminal.lastChangedCellCount == 1)
        #expect(terminal.presentCount == 2)
    }

    @Test func programRunsOnTheHeadlessTerminalUntilTheInputEnds() {
        let terminal = HeadlessTerminal(capabilities: TerminalCapabilities(colors: false, mouse: false))
        var program = Program(root: HouseholdListScreen(), theme: Theme(capabilities: terminal.capabilities))
        terminal.send(.down)
        program.run(on: terminal)
        #expect(terminal.presentCount == 2)
        #expect(!program.isFinished)
        #expect(terminal.canvas?[1, 2].style == Theme.monochrome.selection)
        terminal.send(.character("q"))
        program.run(on: terminal)
        #expect(program.isFinished)
    }

    @Test func movingTheSelectionSendsOnlyTheTwoChangedRows() {
        let terminal = HeadlessTerminal()
        var program = Program(root: HouseholdListScreen(), theme: .monochrome)
        program.run(on: terminal)
        terminal.send(.down)
        program.run(on: terminal)
        // The old and the new selected row, 20 cells each; nothing else on the screen changed.
        #expect(terminal.lastChangedCellCount == 40)
        #expect(terminal.lastDiff.runs.map(\.origin.y) == [1, 2])
    }

    @Test func keyToFrameTimerRecordsEveryRepetition() {
        let terminal = HeadlessTerminal()
        var program = Program(root: HouseholdListScreen())
        let timer = measureKeyToFrame(program: &program, terminal: terminal, events: [.key(.down)], repetitions: 50)
        #expect(timer.samples.count == 50)
        #expect(timer.maximum >= timer.median)
        #expect(timer.summary.hasPrefix("n=50 "))
    }

    /// Prints the key-to-frame time of 100,000 rows at 120×40 for the record; asserts only on counts.
    @Test func keyToFrameOfALargeListIsMeasured() {
        let rows = (0..<100_000).map { "农户\($0)" }
        let terminal = HeadlessTerminal(size: Size(width: 120, height: 40))
        var program = Program(root: HouseholdListScreen(source: { rows }), size: terminal.size)
        let timer = measureKeyToFrame(program: &program, terminal: terminal, events: [.key(.down)], repetitions: 200)
        print("key-to-frame, 100000 rows, 120x40, headless:", timer.summary)
        #expect(timer.samples.count == 200)
        #expect((program.topScreen as? HouseholdListScreen)?.selected == 200)
    }
}
