/// How far a grid (or a village, or the 未分配 households) has got in a cycle: households reached of all.
public struct CoverageTally: Hashable, Sendable {
    public var reached: Int
    public var total: Int

    public init(reached: Int = 0, total: Int = 0) {
        self.reached = reached
        self.total = total
    }

    /// Households still to reach.
    public var unreached: Int { max(0, total - reached) }

    /// The share reached, 0...1; an empty grid counts as done (nothing is left to reach).
    public var fraction: Double { total == 0 ? 1 : Double(reached) / Double(total) }

    /// The whole percent reached, rounded down so 99.6% never shows as 100%: "87%".
    public var percentText: String { "\(total == 0 ? 100 : reached * 100 / total)%" }

    /// "已排查 12/50 户".
    public var text: String { "\(reached)/\(total) 户" }

    /// The sum of two tallies (grids into a village).
    public static func + (lhs: Self, rhs: Self) -> Self {
        CoverageTally(reached: lhs.reached + rhs.reached, total: lhs.total + rhs.total)
    }

    /// The tally of households, each with its long-absent flag and latest contacts, in `cycle`.
    public static func of(
        _ households: [(longAbsent: Bool, contacts: ContactSummary)], in cycle: InspectionCycle
    ) -> CoverageTally {
        let reached = households.filter {
            CoverageRule.isReached(longAbsent: $0.longAbsent, contacts: $0.contacts, in: cycle)
        }
        return CoverageTally(reached: reached.count, total: households.count)
    }
}
