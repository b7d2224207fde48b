/// A closed set of domain values that users read and pick by their Chinese names.
///
/// The raw value is the stable English identifier stored in the database and sent over the wire;
/// `label` is what the screens show. Keeping both on one type means a label can be reworded
/// without a migration, and an unknown label from a spreadsheet can be refused by `init?(label:)`.
public protocol ChineseLabeled: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String {
    /// The name users read, in Simplified Chinese.
    var label: String { get }
}

extension ChineseLabeled {
    /// Finds the case whose Chinese label is exactly `label` (surrounding spaces ignored).
    public init?(label: String) {
        let wanted = label.trimmingWhitespace()
        guard let match = Self.allCases.first(where: { $0.label == wanted }) else { return nil }
        self = match
    }

    /// Every label, in declaration order: the choices a form offers.
    public static var labels: [String] { allCases.map(\.label) }
}

extension String {
    /// The string without leading and trailing spaces, tabs, newlines and full-width spaces.
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
