import TerminalUI
import Testing

@testable import CunzhanScreens

/// Reports (never asserts) how long the visit form takes from a key to a drawn 80x24 frame.
struct DefinedFormTimingTests {
    @Test func keyToFrameOfTheVisitFormIsMeasured() throws {
        var form = try FormFixture.form("visit")
        let rect = Rect(x: 0, y: 0, width: 80, height: 24)
        form.fit(to: rect)
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for step in 0..<200 {
            let start = clock.now
            form.press(step % 20 < 10 ? .tab : .backTab)
            var canvas = Canvas(size: rect.size)
            form.render(into: &canvas, in: rect, theme: .monochrome, focused: true)
            samples.append(clock.now - start)
        }
        samples.sort()
        let median = samples[samples.count / 2]
        let p99 = samples[samples.count * 99 / 100]
        print("visit form key-to-frame, 80x24, headless: n=\(samples.count) median=\(median) p99=\(p99)")
        #expect(samples.count == 200)
    }
}
