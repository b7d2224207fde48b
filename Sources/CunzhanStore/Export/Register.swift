/// A register (登记册) Cunzhan exports as a spreadsheet: the household roster, the visits, the grid
/// inspections, or the monthly rectification ledger (台账).
public enum Register: String, CaseIterable, Sendable {
    case households, visits, inspections, ledger

    /// The register's name, used as the sheet name and in the export screen.
    public var label: String {
        switch self {
        case .households: "农户花名册"
        case .visits: "入户走访记录"
        case .inspections: "网格排查记录"
        case .ledger: "整改台账"
        }
    }

    /// Whether a month (`YYYY-MM`) narrows the register; the roster is always whole, the ledger needs one.
    public var takesMonth: Bool { self != .households }
}

/// A month as `YYYY-MM`, checked.
public struct ExportMonth: Sendable, Equatable, CustomStringConvertible {
    public let text: String

    /// Parses `YYYY-MM` (2000-01 to 2100-12) or throws a message saying how to write it.
    public init(_ raw: String) throws(ImportError) {
        let parts = raw.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1]), (2000...2100).contains(year), (1...12).contains(month)
        else { throw ImportError("月份：“\(raw)”应写成 YYYY-MM，例如 2026-03。") }
        text = raw
    }

    /// The `LIKE` pattern matching the calendar days of the month.
    var datePattern: String { text + "-%" }

    public var description: String { text }
}
