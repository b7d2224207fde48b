/// A 督导记录 (supervision record): what a supervisor found, on one item or on a whole village; append-only.
public struct SupervisionRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: SupervisionRecordID
    /// The item supervised; nil for a supervision of the village's work as a whole.
    public var itemID: RectificationItemID?
    public var villageID: VillageID
    public var supervisorID: UserID
    public var date: CalendarDate
    /// Where (村委会, 三组王家 ...).
    public var place: String
    /// 实地督导 (on site) rather than by phone or documents.
    public var onSite: Bool
    public var findings: String
    public var verdict: SupervisionVerdict?

    public init(
        id: SupervisionRecordID = SupervisionRecordID(), itemID: RectificationItemID?, villageID: VillageID,
        supervisorID: UserID, date: CalendarDate, place: String = "", onSite: Bool, findings: String,
        verdict: SupervisionVerdict? = nil
    ) {
        self.id = id
        self.itemID = itemID
        self.villageID = villageID
        self.supervisorID = supervisorID
        self.date = date
        self.place = place
        self.onSite = onSite
        self.findings = findings
        self.verdict = verdict
    }
}

public typealias SupervisionRecordID = EntityID<SupervisionRecord>
