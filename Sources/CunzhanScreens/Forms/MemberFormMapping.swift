import CunzhanCore
import ScreenDefinitions

/// Turns the answers of the member form (`Screens/member.yaml`) into a `Member`, and back.
///
/// The form's choices are sometimes finer than the model's (孙子 and 孙女 are both a grandchild, 七年级 is
/// junior high, the insurance list becomes "insured"): those answers are read through `MemberFormLabels`
/// and also kept verbatim among the answers, so editing the member shows exactly what was chosen.
public struct MemberFormMapping: Sendable {
    /// What a member needs that the form does not ask.
    public struct Context: Sendable {
        public var householdID: HouseholdID
        /// The member being edited, or nil for a new one.
        public var existing: Member?

        public init(householdID: HouseholdID, existing: Member? = nil) {
            self.householdID = householdID
            self.existing = existing
        }
    }

    static let name = "name"
    static let relation = "relation"
    static let idNumber = "id_number"
    static let health = "health"
    static let labourSkill = "labour_skill"
    static let schooling = "schooling"
    static let employment = "employment"
    static let insurance = "insurance"

    public let definition: FormDefinition

    public init(definition: FormDefinition) {
        self.definition = definition
    }

    /// The member the answers describe, with the answers it has no place for.
    public func member(from values: [String: String], context: Context) throws(FormMappingError) -> MappedForm<Member> {
        var reader = FormValueReader(definition: definition, values: values)
        let name = checked(&reader, Self.name, "姓名") { text, label throws(ValidationError) in
            try PersonName(text, field: label).value
        }
        let idNumber = checked(&reader, Self.idNumber, "证件号码") { text, label throws(ValidationError) in
            try IDNumber(text, field: label)
        }
        let relation = reader.choice(Self.relation, "与户主关系", MemberFormLabels.relation(from:))
        if relation == nil, reader.text(Self.relation).isEmpty {
            reader.report(Self.relation, "\(reader.label(Self.relation, "与户主关系"))：必填")
        }
        let health = reader.requiredChoice(Self.health, "健康状况", as: HealthStatus.self)
        let skills = reader.choice(Self.labourSkill, "劳动技能", as: LabourSkill.self)
        let schooling = reader.choice(Self.schooling, "在校生状况", MemberFormLabels.schooling(from:))
        let work = reader.choice(Self.employment, "务工状况", MemberFormLabels.work(from:))
        let insured = MemberFormLabels.isInsured(reader.text(Self.insurance))
        for id in [Self.relation, Self.schooling, Self.insurance] { reader.keepAnswer(id) }
        var member: Member?
        if let name, let idNumber, let relation, let health {
            let existing = context.existing
            member = Member(
                id: existing?.id ?? MemberID(), householdID: context.householdID, relation: relation,
                idNumber: idNumber, name: name, health: health, skills: skills ?? existing?.skills ?? .ordinary,
                schooling: schooling ?? existing?.schooling ?? .notInSchool, work: work ?? existing?.work ?? .none,
                insured: insured)
        }
        return try reader.finish(member)
    }

    /// The form's answers for `member` (to edit it), with its kept `answers` filled in where they still agree.
    public func values(from member: Member, answers: [FieldID: String] = [:]) -> [String: String] {
        var values = definition.blankValues(with: answers)
        values[Self.name] = member.name
        values[Self.idNumber] = member.idNumber.value
        values[Self.health] = member.health.label
        values[Self.labourSkill] = member.skills.label
        values[Self.employment] = MemberFormLabels.label(of: member.work)
        if answers[Self.relation].flatMap(MemberFormLabels.relation(from:)) != member.relation {
            values[Self.relation] = MemberFormLabels.label(of: member.relation, sex: member.idNumber.sex)
        }
        if answers[Self.schooling].flatMap(MemberFormLabels.schooling(from:)) != member.schooling {
            values[Self.schooling] = MemberFormLabels.label(of: member.schooling)
        }
        if MemberFormLabels.isInsured(answers[Self.insurance] ?? "") != member.insured {
            values[Self.insurance] = member.insured ? MemberFormLabels.basicMedicalInsurance : ""
        }
        return values
    }

    /// A typed answer checked by a core validator; nil when empty (required is the definition's) or refused.
    private func checked<Value>(
        _ reader: inout FormValueReader, _ id: FieldID, _ fallback: String,
        _ parse: (String, String) throws(ValidationError) -> Value
    ) -> Value? {
        let text = reader.text(id)
        let label = reader.label(id, fallback)
        guard !text.isEmpty else {
            reader.report(id, "\(label)：必填")
            return nil
        }
        do {
            return try parse(text, label)
        } catch {
            reader.report(id, error.message)
            return nil
        }
    }
}
