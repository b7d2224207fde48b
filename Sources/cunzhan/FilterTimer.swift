import CunzhanStore
import Foundation

/// Measures the household list's per-keystroke queries on a real store, for `cunzhan check --time-filters`.
///
/// A measuring aid, not a test: it prints the median of repeated runs so figures can be compared between
/// builds and store sizes without timed assertions.
enum FilterTimer {
    static let queries = ["", "z", "zs", "zhang", "张", "1234", "13"]

    static func report(_ store: StationStore) throws(StoreError) {
        print("筛选        匹配户数   计数(ms)   首页(ms)")
        for query in queries {
            var count = 0
            let countTime = try median { () throws(StoreError) in count = try store.householdCount(filter: query) }
            let pageTime = try median { () throws(StoreError) in
                _ = try store.householdPage(filter: query, after: nil, limit: 40)
            }
            let label = query.isEmpty ? "(空)" : query
            print(
                label.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(format: "%10d %10.2f %10.2f", count, countTime, pageTime))
        }
    }

    /// The median wall time of 20 runs of `body`, in milliseconds.
    private static func median(_ body: () throws(StoreError) -> Void) throws(StoreError) -> Double {
        var times: [Double] = []
        for _ in 0..<20 {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return times.sorted()[times.count / 2]
    }
}
