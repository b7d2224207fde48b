/// A 行政村 (administrative village), named by its 12-digit 统计用区划代码.
///
/// The code is province (2), city (2), county (2), township (3) and village (3) digits; a station
/// usually holds one village.
public struct Village: Codable, Sendable, Equatable, Identifiable {
    public var id: VillageID
    /// The 12-digit statistical division code, e.g. `"530102001001"`.
    public var code: String
    public var name: String
    /// How many months one 网格排查 cycle lasts: 1 (monthly, the default), 2, 3, 4, 6 or 12.
    public var inspectionCycleMonths: Int

    public init(id: VillageID = VillageID(), code: String, name: String, inspectionCycleMonths: Int = 1) {
        self.id = id
        self.code = code
        self.name = name
        self.inspectionCycleMonths = inspectionCycleMonths
    }

    /// Whether `text` has the shape of a village code: exactly 12 ASCII digits.
    public static func isValidCode(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}

public typealias VillageID = EntityID<Village>
