/// The median and 99th percentile of one benchmark's timings, in milliseconds.
///
/// The benchmark table prints these two figures for every row (DESIGN.md §6 states budgets as a median or
/// a p99). The median of an even count is the mean of the two middle samples; the p99 is the nearest-rank
/// percentile, so it is always a time that was actually measured.
public struct BenchStatistics: Equatable, Sendable {
    /// How many samples were taken.
    public let count: Int
    public let median: Double
    public let p99: Double

    /// The statistics of `samples` (any order); all zero without samples.
    public init(samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        median = Self.median(ofSorted: sorted)
        p99 = Self.percentile(0.99, ofSorted: sorted)
    }

    /// The statistics of measured durations, converted to milliseconds.
    public init(durations: [Duration]) {
        self.init(samples: durations.map(Self.milliseconds))
    }

    /// Figures computed elsewhere, such as the ratio of two other statistics.
    public init(count: Int, median: Double, p99: Double) {
        self.count = count
        self.median = median
        self.p99 = p99
    }

    /// One figure measured once (resident memory, a ratio): median and p99 are that figure.
    public init(single value: Double) {
        count = 1
        median = value
        p99 = value
    }

    /// A duration in milliseconds, with sub-microsecond precision kept.
    public static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// The nearest-rank percentile: the smallest sample with at least `fraction` of the samples at or below it.
    public static func percentile(_ fraction: Double, ofSorted sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The middle sample, or the mean of the two middle ones.
    public static func median(ofSorted sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
