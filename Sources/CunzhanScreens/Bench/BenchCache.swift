/// Where the benchmark keeps its generated data sets, and how the `--households` option is read.
///
/// A data set takes minutes to generate at county scale, so each is made once and named by what
/// determines its content: size, seed and the demo generator's data version. The store's schema is not in
/// the name: a cached set of an older schema is migrated in place when it is opened, as a user's store is,
/// so adding an index does not cost a new county set. A generator that writes different records raises its
/// data version, and its sets get another name.
public enum BenchCache {
    /// The cache folder when `--cache` is not given, relative to the working directory (gitignored).
    public static let defaultDirectory = "bench-cache"

    /// The data set's file name: `households-100000-seed-1-data-1.sqlite`.
    public static func fileName(households: Int, seed: UInt64, dataVersion: Int) -> String {
        "households-\(households)-seed-\(seed)-data-\(dataVersion).sqlite"
    }

    /// The data set's path inside `directory` (a trailing slash is allowed).
    public static func path(directory: String, households: Int, seed: UInt64, dataVersion: Int) -> String {
        var folder = directory
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return folder + "/" + fileName(households: households, seed: seed, dataVersion: dataVersion)
    }

    /// The sizes of `--households`: comma-separated positive counts (`1000,10000,100000`, `100_000` allowed),
    /// returned in ascending order without repeats.
    public static func householdCounts(from text: String) throws(BenchOptionError) -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        var counts: Set<Int> = []
        for part in parts {
            let digits = part.trimmingCharacters(in: " ").filter { $0 != "_" }
            guard let count = Int(digits), count > 0 else {
                throw BenchOptionError(
                    "--households 的值“\(part)”不是正整数：请写成用逗号分隔的户数，例如 1000,10000,100000")
            }
            counts.insert(count)
        }
        return counts.sorted()
    }
}

/// A benchmark option the user got wrong; the message is Chinese and names the option and the fix.
public struct BenchOptionError: Error, Equatable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

extension Substring {
    fileprivate func trimmingCharacters(in character: Character) -> Substring {
        var result = self
        while result.first == character { result.removeFirst() }
        while result.last == character { result.removeLast() }
        return result
    }
}
