/// The six checks of a visit (两不愁三保障 + 饮水安全), each with its result and an optional note.
public struct Guarantees: Codable, Sendable, Equatable {
    /// One check: 达标 or 不达标, and what the visitor wrote about it.
    public struct Check: Codable, Sendable, Equatable {
        public var result: CheckResult
        public var note: String?

        public init(_ result: CheckResult, note: String? = nil) {
            self.result = result
            self.note = note
        }
    }

    public var food: Check
    public var clothing: Check
    public var education: Check
    public var medical: Check
    public var housing: Check
    public var water: Check

    /// Every check 达标 with no note.
    public static let allMet = Guarantees(
        food: Check(.met), clothing: Check(.met), education: Check(.met), medical: Check(.met),
        housing: Check(.met), water: Check(.met))

    public init(food: Check, clothing: Check, education: Check, medical: Check, housing: Check, water: Check) {
        self.food = food
        self.clothing = clothing
        self.education = education
        self.medical = medical
        self.housing = housing
        self.water = water
    }

    /// The check for `guarantee`.
    public subscript(_ guarantee: Guarantee) -> Check {
        get {
            switch guarantee {
            case .food: food
            case .clothing: clothing
            case .education: education
            case .medical: medical
            case .housing: housing
            case .water: water
            }
        }
        set {
            switch guarantee {
            case .food: food = newValue
            case .clothing: clothing = newValue
            case .education: education = newValue
            case .medical: medical = newValue
            case .housing: housing = newValue
            case .water: water = newValue
            }
        }
    }

    /// The guarantees found 不达标, in declaration order.
    public var unmet: [Guarantee] { Guarantee.allCases.filter { self[$0].result == .notMet } }
}
