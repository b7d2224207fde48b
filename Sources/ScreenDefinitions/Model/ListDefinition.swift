/// A list screen declared in `Screens/<id>.list.yaml`: its columns, sort orders, filters and empty text.
public struct ListDefinition: Hashable, Sendable {
    public let id: String
    public let title: String
    public let columns: [ColumnDefinition]
    /// The sort orders users can switch between; the first one marked default (or the first) applies at start.
    public let sortOptions: [SortOption]
    public let filters: [FilterDefinition]
    /// What the list says when nothing matches.
    public let emptyMessage: String
    public let file: String

    /// The sort order in effect when the list opens.
    public var defaultSort: SortOption? { sortOptions.first(where: \.isDefault) ?? sortOptions.first }
}

/// One column of a list.
public struct ColumnDefinition: Hashable, Sendable {
    public let id: FieldID
    public let label: String
    public let width: ColumnWidth
    public let alignment: ColumnAlignment
}

/// How wide a column is: a fixed number of terminal cells, or a share of the room left over.
public enum ColumnWidth: Hashable, Sendable {
    case fixed(Int)
    case weight(Int)
}

/// Where a cell's text sits inside its column.
public enum ColumnAlignment: String, CaseIterable, Hashable, Sendable {
    case left, right, center
}

/// A sort order a list offers (e.g. 按最近走访).
public struct SortOption: Hashable, Sendable {
    public let id: String
    public let label: String
    /// Column ids, most significant first.
    public let columns: [FieldID]
    public let isDescending: Bool
    public let isDefault: Bool
}

/// A filter a list offers above its rows (e.g. 组, 监测).
public struct FilterDefinition: Hashable, Sendable {
    public let id: String
    public let label: String
    /// `text` (typed words) or `choice` (one of `choices`).
    public let type: FieldType
    public let choices: [String]
    public let vocabulary: Vocabulary?
}
