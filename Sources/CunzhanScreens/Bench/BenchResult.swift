import Foundation

/// One row of the benchmark report: what was measured at which size, its figures, its budget and the
/// reference measured in the same run.
///
/// The reference is the raw SQLite work underneath the same action (DESIGN.md §6 and issue 9), so the
/// distance between what the user waits for and what the database needs is visible on each row.
public struct BenchResult: Sendable {
    /// What the figures count.
    public enum Unit: Sendable {
        case milliseconds, megabytes, ratio
    }

    /// The figure a budget limits.
    public enum Statistic: Sendable {
        case median, p99
    }

    /// The limit one figure of a row must stay at or under.
    public struct Budget: Sendable {
        public var statistic: Statistic
        public var limit: Double

        public init(_ statistic: Statistic, atMost limit: Double) {
            self.statistic = statistic
            self.limit = limit
        }
    }

    /// The report's column headers, Chinese with the English word.
    public static let headers = [
        "项目 what", "户数 households", "次数 n", "中位 median", "p99", "预算 budget",
        "参照 reference (median / p99)", "结果 verdict",
    ]

    public var name: String
    /// The data set's size, nil for a row that compares sizes.
    public var households: Int?
    public var unit: Unit
    public var measured: BenchStatistics
    public var budget: Budget?
    public var reference: BenchStatistics?

    public init(
        name: String, households: Int?, unit: Unit = .milliseconds, measured: BenchStatistics,
        budget: Budget? = nil, reference: BenchStatistics? = nil
    ) {
        self.name = name
        self.households = households
        self.unit = unit
        self.measured = measured
        self.budget = budget
        self.reference = reference
    }

    /// True when the budgeted figure is within its limit; nil for a row without a budget.
    public var meetsBudget: Bool? {
        guard let budget else { return nil }
        let figure = budget.statistic == .median ? measured.median : measured.p99
        return figure <= budget.limit
    }

    /// The row's cells, in the order of `headers`.
    public var cells: [String] {
        let size = households.map { Self.grouped($0) } ?? "—"
        let budgetText = budget.map { budget in
            let figure = measured.count == 1 ? "" : budget.statistic == .median ? "median " : "p99 "
            return "\(figure)≤ \(Self.format(budget.limit, unit))"
        }
        let referenceText = reference.map { reference in
            reference.count == 1
                ? Self.format(reference.median, unit)
                : "\(Self.format(reference.median, unit)) / \(Self.format(reference.p99, unit))"
        }
        let verdict: String =
            switch meetsBudget {
            case .some(true): "达标 ok"
            case .some(false): "超出 OVER"
            case .none: "—"
            }
        return [
            name, size, String(measured.count), Self.format(measured.median, unit), Self.format(measured.p99, unit),
            budgetText ?? "—", referenceText ?? "—", verdict,
        ]
    }

    /// How many times slower `large` is than `small`, median to median and p99 to p99, with the references'
    /// ratios beside: the growth row, whose p99 ratio must stay at or under `limit` (DESIGN.md §6).
    public static func growth(from small: BenchResult, to large: BenchResult, atMost limit: Double = 2)
        -> BenchResult
    {
        func ratio(_ large: BenchStatistics, _ small: BenchStatistics) -> BenchStatistics {
            BenchStatistics(
                count: min(large.count, small.count), median: large.median / max(small.median, .leastNonzeroMagnitude),
                p99: large.p99 / max(small.p99, .leastNonzeroMagnitude))
        }
        let sizes = "\(grouped(large.households ?? 0))/\(grouped(small.households ?? 0))"
        var reference: BenchStatistics?
        if let largeReference = large.reference, let smallReference = small.reference {
            reference = ratio(largeReference, smallReference)
        }
        return BenchResult(
            name: "增长 growth \(sizes)", households: nil, unit: .ratio, measured: ratio(large.measured, small.measured),
            budget: Budget(.p99, atMost: limit), reference: reference)
    }

    /// A figure with its unit: "3.42 ms", "0.058 ms", "61.2 MB", "1.31×".
    public static func format(_ value: Double, _ unit: Unit) -> String {
        switch unit {
        case .milliseconds: String(format: value < 1 ? "%.3f ms" : "%.2f ms", value)
        case .megabytes: String(format: "%.1f MB", value)
        case .ratio: String(format: "%.2f×", value)
        }
    }

    /// A count with thousands separators: 100000 → "100,000".
    public static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return count < 0 ? "-" + result : result
    }
}
