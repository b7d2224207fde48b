import CunzhanCore
import ScreenDefinitions

/// Turns the answers of the visit form (`Screens/visit.yaml`) into a `Visit`, and a visit back into answers.
///
/// The six checks are read by the `Guarantee` raw values (`food`, `food_note`, …); choices by their Chinese
/// labels through the vocabularies' `init?(label:)`. The visitor's name is kept among the answers, since a
/// visit holds only the visitor's user id. Bad answers give a `FormMappingError` naming each field.
public struct VisitFormMapping: Sendable {
    /// What a visit needs that the form does not ask.
    public struct Context: Sendable {
        public var householdID: HouseholdID
        public var visitorID: UserID
        public var visitID: VisitID
        /// The visit this one corrects, for a correction.
        public var supersedes: VisitID?

        public init(
            householdID: HouseholdID, visitorID: UserID, visitID: VisitID = VisitID(), supersedes: VisitID? = nil
        ) {
            self.householdID = householdID
            self.visitorID = visitorID
            self.visitID = visitID
            self.supersedes = supersedes
        }
    }

    static let visitDate = "visit_date"
    static let incomeEstimate = "income_estimate"
    static let newRisks = "new_risks"
    static let measures = "measures"
    static let recognised = "recognised"
    static let notes = "notes"

    public let definition: FormDefinition

    public init(definition: FormDefinition) {
        self.definition = definition
    }

    /// The visit the answers describe, with the answers it has no place for.
    public func visit(from values: [String: String], context: Context) throws(FormMappingError) -> MappedForm<Visit> {
        var reader = FormValueReader(definition: definition, values: values)
        let date = reader.date(Self.visitDate, "走访日期")
        var guarantees = Guarantees.allMet
        var checksComplete = true
        for guarantee in Guarantee.allCases {
            let result = reader.requiredChoice(guarantee.rawValue, guarantee.label, as: CheckResult.self)
            let note = reader.text(Self.noteID(of: guarantee))
            guard let result else {
                checksComplete = false
                continue
            }
            guarantees[guarantee] = Guarantees.Check(result, note: note.isEmpty ? nil : note)
        }
        let income = reader.money(Self.incomeEstimate, "家庭年收入估算（元）")
        let risks = reader.choices(Self.newRisks, "新发现的风险", as: RiskType.self)
        let measures = reader.choices(Self.measures, "已落实的帮扶措施", as: AssistanceMeasure.self)
        let acknowledged = reader.yesNo(Self.recognised, "群众认可")
        let notes = reader.text(Self.notes)
        var visit: Visit?
        if let date, let acknowledged, checksComplete {
            visit = Visit(
                id: context.visitID, householdID: context.householdID, date: date, visitorID: context.visitorID,
                guarantees: guarantees, incomeEstimate: income, risksFound: risks, measures: measures,
                acknowledged: acknowledged, notes: notes, supersedes: context.supersedes)
        }
        return try reader.finish(visit)
    }

    /// The form's answers for `visit` (to show or correct it), with its kept `answers` filled in too.
    public func values(from visit: Visit, answers: [FieldID: String] = [:]) -> [String: String] {
        var values = definition.blankValues(with: answers)
        values[Self.visitDate] = visit.date.description
        for guarantee in Guarantee.allCases {
            let check = visit.guarantees[guarantee]
            values[guarantee.rawValue] = check.result.label
            values[Self.noteID(of: guarantee)] = check.note ?? ""
        }
        values[Self.incomeEstimate] = visit.incomeEstimate.map(Self.plainYuan) ?? ""
        values[Self.newRisks] = MultiChoiceValue.join(visit.risksFound.map(\.label))
        values[Self.measures] = MultiChoiceValue.join(visit.measures.map(\.label))
        values[Self.recognised] = visit.acknowledged ? YesNo.yes : YesNo.no
        values[Self.notes] = visit.notes
        return values
    }

    /// The id of the note field of a check: `food_note` for `food`.
    static func noteID(of guarantee: Guarantee) -> FieldID { guarantee.rawValue + "_note" }

    /// An amount as typed into a money field: `12000` for whole 元, `12000.50` otherwise (no thousands commas).
    static func plainYuan(_ money: Money) -> String {
        let remainder = abs(Int(money.fenRemainder))
        guard remainder != 0 else { return String(money.yuan) }
        return "\(money.yuan)." + (remainder < 10 ? "0" : "") + String(remainder)
    }
}
