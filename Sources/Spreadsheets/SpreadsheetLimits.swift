/// The most a file may hold before it is refused, so a hostile or mistaken file cannot exhaust memory.
///
/// A county's largest roster has about 400,000 member rows; the defaults leave room for that and refuse
/// a sheet of a million rows or a zip bomb with a clear message instead of running out of memory.
public struct SpreadsheetLimits: Sendable, Equatable {
    /// Rows of one sheet, header rows included.
    public var maxRows: Int
    /// Columns of one row.
    public var maxColumns: Int
    /// Entries of a zip archive.
    public var maxArchiveEntries: Int
    /// Bytes that one zip entry may unpack to.
    public var maxEntryBytes: Int
    /// Bytes that all the entries read from one archive may unpack to together.
    public var maxTotalBytes: Int
    /// How many times larger than its packed size an entry of more than 1 MiB may unpack to; plain XML
    /// packs 10 to 50 times, a zip bomb thousands of times.
    public var maxCompressionRatio: Int

    public init(
        maxRows: Int = 500_000, maxColumns: Int = 1_000, maxArchiveEntries: Int = 2_000,
        maxEntryBytes: Int = 512 * 1024 * 1024, maxTotalBytes: Int = 768 * 1024 * 1024, maxCompressionRatio: Int = 400
    ) {
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxArchiveEntries = maxArchiveEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
    }

    /// The limits used unless a caller asks for others.
    public static let standard = SpreadsheetLimits()
}
