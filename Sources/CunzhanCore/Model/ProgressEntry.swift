/// A 调度记录 (progress entry): a dated report on a rectification item, append-only.
public struct ProgressEntry: Codable, Sendable, Equatable, Identifiable {
    public var id: ProgressEntryID
    public var itemID: RectificationItemID
    public var authorID: UserID
    public var date: CalendarDate
    /// What was done since the last report.
    public var text: String
    /// Share of the work done, 0…100, when the author gave one.
    public var percentDone: Int?
    /// What holds the work up (资金未到位, 雨季无法施工 ...); empty when nothing.
    public var obstacles: String

    public init(
        id: ProgressEntryID = ProgressEntryID(), itemID: RectificationItemID, authorID: UserID, date: CalendarDate,
        text: String, percentDone: Int? = nil, obstacles: String = ""
    ) {
        self.id = id
        self.itemID = itemID
        self.authorID = authorID
        self.date = date
        self.text = text
        self.percentDone = percentDone
        self.obstacles = obstacles
    }
}

public typealias ProgressEntryID = EntityID<ProgressEntry>
