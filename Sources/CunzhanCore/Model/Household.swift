/// A 农户 (household): the unit visited, inspected and monitored.
///
/// Mutable fields change by patches (per-field merge on sync, DESIGN.md §4); visits and
/// inspections are separate append-only records.
public struct Household: Codable, Sendable, Equatable, Identifiable {
    public var id: HouseholdID
    public var villageID: VillageID
    /// 户编号, unique in the village.
    public var householdNumber: String
    /// 户主姓名.
    public var headName: String
    public var groupID: VillagerGroupID
    public var address: String
    /// Mobile or landline number as entered, or nil.
    public var phone: String?
    public var kind: HouseholdKind
    /// Set when the household is under 防返贫监测.
    public var monitoringCategory: MonitoringCategory?
    public var risks: [RiskType]
    public var measures: [AssistanceMeasure]
    /// 家庭人口.
    public var population: Int
    /// Set when a visit flagged the household for a monitoring review (待评估); nil otherwise.
    public var monitoringReview: MonitoringReview?
    /// Answers to form fields the record has no column for, by field id (DESIGN.md §3), kept and synced
    /// with the record so an edit form gets them back.
    public var answers: [String: String]
    /// The grid the household belongs to; nil while it is 未分配 (listed as unassigned, never skipped).
    public var gridID: GridID?
    /// 长期外出: nobody is home for long stretches, so a phone contact each quarter counts as reached.
    public var longAbsent: Bool
    /// 登记日期: the day the household was registered at the station; no inspection may be dated before it.
    /// Nil for households registered before the date was kept.
    public var registeredOn: CalendarDate?

    public init(
        id: HouseholdID = HouseholdID(), villageID: VillageID, householdNumber: String, headName: String,
        groupID: VillagerGroupID, address: String, phone: String?, kind: HouseholdKind,
        monitoringCategory: MonitoringCategory? = nil, risks: [RiskType] = [], measures: [AssistanceMeasure] = [],
        population: Int, monitoringReview: MonitoringReview? = nil, answers: [String: String] = [:],
        gridID: GridID? = nil, longAbsent: Bool = false, registeredOn: CalendarDate? = nil
    ) {
        self.id = id
        self.villageID = villageID
        self.householdNumber = householdNumber
        self.headName = headName
        self.groupID = groupID
        self.address = address
        self.phone = phone
        self.kind = kind
        self.monitoringCategory = monitoringCategory
        self.risks = risks
        self.measures = measures
        self.population = population
        self.monitoringReview = monitoringReview
        self.answers = answers
        self.gridID = gridID
        self.longAbsent = longAbsent
        self.registeredOn = registeredOn
    }

    /// The label shown in lists: the monitoring category when monitored, else the household kind.
    public var statusLabel: String { monitoringCategory?.label ?? kind.label }

    /// The status label with "，待评估" when the household is flagged for a monitoring review.
    public var statusWithReview: String { statusLabel + (monitoringReview == nil ? "" : "，待评估") }
}

public typealias HouseholdID = EntityID<Household>
