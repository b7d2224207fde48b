/// Collects how long frames took and summarises them, for the key-to-frame budget of DESIGN.md.
///
/// ```swift
/// var timer = FrameTimer()
/// timer.record(ContinuousClock().measure { _ = program.step([.key(.down)]) })
/// print(timer.summary)
/// ```
public struct FrameTimer: Sendable {
    /// Every recorded duration, in order.
    public private(set) var samples: [Duration] = []

    public init() {}

    public mutating func record(_ duration: Duration) {
        samples.append(duration)
    }

    /// The duration at `fraction` (0…1) of the sorted samples; zero without samples.
    public func percentile(_ fraction: Double) -> Duration {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .zero }
        let index = min(sorted.count - 1, max(0, Int((Double(sorted.count - 1) * fraction).rounded())))
        return sorted[index]
    }

    public var median: Duration { percentile(0.5) }
    public var p95: Duration { percentile(0.95) }
    public var maximum: Duration { samples.max() ?? .zero }

    /// "n=… median=…ms p95=…ms max=…ms".
    public var summary: String {
        func milliseconds(_ duration: Duration) -> String {
            let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            return String(Double(Int(value * 1000)) / 1000)
        }
        return
            "n=\(samples.count) median=\(milliseconds(median))ms p95=\(milliseconds(p95))ms max=\(milliseconds(maximum))ms"
    }
}

/// Times `repetitions` key-to-frame cycles: feed `events`, render, present to `terminal` (which diffs).
public func measureKeyToFrame(
    program: inout Program, terminal: any Terminal, events: [InputEvent], repetitions: Int
) -> FrameTimer {
    var timer = FrameTimer()
    let clock = ContinuousClock()
    for _ in 0..<max(0, repetitions) {
        let start = clock.now
        let frame = program.step(events)
        terminal.present(frame)
        timer.record(clock.now - start)
    }
    return timer
}
