/// The rows of `cunzhan bench`, by the names `--only` takes, so one budget can be measured without the rest.
///
/// A full run takes minutes on the county data set; while working on one budget, `--only queue` measures
/// just that row (on every `--households` size asked for).
public enum BenchRowChoice: String, CaseIterable, Sendable {
    case startup
    case filter
    case scroll
    case coverage
    case queue
    case open
    case save
    case memory
    case sync
    case server

    /// The rows of `--only`: comma-separated names, or every row when the option is absent.
    public static func rows(from text: String?) throws(BenchOptionError) -> Set<BenchRowChoice> {
        guard let text else { return Set(allCases) }
        var rows: Set<BenchRowChoice> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.filter { $0 != " " }
            guard let row = BenchRowChoice(rawValue: name) else {
                throw BenchOptionError(
                    "--only 的值“\(part)”不是测试项：请从 \(allCases.map(\.rawValue).joined(separator: ",")) 中选，用逗号分隔")
            }
            rows.insert(row)
        }
        return rows
    }
}
