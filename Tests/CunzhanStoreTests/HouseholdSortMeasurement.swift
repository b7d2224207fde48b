import Foundation
import Testing

@testable import CunzhanStore

/// Times one page of each order on a copy of a large store, printed, never asserted (machines differ).
///
/// Opt-in: `CUNZHAN_SORT_MEASURE_DB=/tmp/copy.sqlite swift test --filter HouseholdSortMeasurement`. The
/// store is opened (and so migrated) by this build: point it at a copy, never at the bench cache itself.
@Suite struct HouseholdSortMeasurement {
    static let path = ProcessInfo.processInfo.environment["CUNZHAN_SORT_MEASURE_DB"]

    @Test(.enabled(if: path != nil)) func onePagePerSort() throws {
        let path = try #require(Self.path)
        let opened = ContinuousClock.now
        let store = try StationStore(path: path)
        print("open (with migration): \(ContinuousClock.now - opened)")
        print("households: \(try store.householdCount(filter: ""))")
        func median(_ body: () throws -> Void) rethrows -> Duration {
            var times: [Duration] = []
            for _ in 0..<15 {
                let start = ContinuousClock.now
                try body()
                times.append(ContinuousClock.now - start)
            }
            return times.sorted()[times.count / 2]
        }
        for sort in HouseholdSort.allCases {
            for filter in ["", "z", "zs", "张"] {
                let first = try store.householdPage(filter: filter, sort: sort, after: nil, limit: 40)
                let cursor = try #require(first.last?.cursor)
                let top = try median { _ = try store.householdPage(filter: filter, sort: sort, after: nil, limit: 40) }
                let next = try median {
                    _ = try store.householdPage(filter: filter, sort: sort, after: cursor, limit: 40)
                }
                let end = try median {
                    _ = try store.householdPage(filter: filter, sort: sort, before: nil, limit: 40)
                }
                print(
                    "sort \(sort) filter '\(filter)': first \(top), next \(next), last \(end) (40 rows, median of 15)")
            }
        }
    }
}
