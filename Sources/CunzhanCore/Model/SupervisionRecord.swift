/// A 督导记录 (supervision record): what a supervisor found on a rectification item, append-only.
public struct SupervisionRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: SupervisionRecordID
    public var itemID: RectificationItemID
    public var supervisorID: UserID
    public var date: CalendarDate
    /// 实地督导 (on site) rather than by phone or documents.
    public var onSite: Bool
    public var findings: String

    public init(
        id: SupervisionRecordID = SupervisionRecordID(), itemID: RectificationItemID, supervisorID: UserID,
        date: CalendarDate, onSite: Bool, findings: String
    ) {
        self.id = id
        self.itemID = itemID
        self.supervisorID = supervisorID
        self.date = date
        self.onSite = onSite
        self.findings = findings
    }
}

public typealias SupervisionRecordID = EntityID<SupervisionRecord>
