/// A 家庭成员 (member) of a household, the head included.
public struct Member: Codable, Sendable, Equatable, Identifiable {
    public var id: MemberID
    public var householdID: HouseholdID
    /// 与户主关系.
    public var relation: Relation
    public var idNumber: IDNumber
    public var name: String
    public var health: HealthStatus
    public var skills: LabourSkill
    public var schooling: SchoolingStatus
    public var work: WorkStatus
    /// 参加城乡居民基本医疗保险.
    public var insured: Bool
    /// Answers to form fields the record has no column for, by field id (DESIGN.md §3), kept and synced
    /// with the record so an edit form gets them back.
    public var answers: [String: String]

    public init(
        id: MemberID = MemberID(), householdID: HouseholdID, relation: Relation, idNumber: IDNumber, name: String,
        health: HealthStatus = .healthy, skills: LabourSkill = .ordinary, schooling: SchoolingStatus = .notInSchool,
        work: WorkStatus = .none, insured: Bool = true, answers: [String: String] = [:]
    ) {
        self.id = id
        self.householdID = householdID
        self.relation = relation
        self.idNumber = idNumber
        self.name = name
        self.health = health
        self.skills = skills
        self.schooling = schooling
        self.work = work
        self.insured = insured
        self.answers = answers
    }
}

public typealias MemberID = EntityID<Member>
