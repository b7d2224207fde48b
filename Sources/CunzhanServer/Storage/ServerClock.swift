import Foundation
import Synchronization

/// How the server writes instants in its database: ISO 8601 UTC text, the same on both backends.
enum ServerClock {
    /// The last instant written and its text: every op of a push batch carries the batch's receipt time,
    /// and formatting it once instead of per op is a measurable share of the push path.
    private static let last = Mutex<(date: Date, text: String)?>(nil)

    static func text(_ date: Date) -> String {
        if let cached = last.withLock({ $0 }), cached.date == date { return cached.text }
        let text = date.formatted(.iso8601)
        last.withLock { $0 = (date, text) }
        return text
    }

    static func date(_ text: String?) -> Date {
        guard let text, let date = try? Date(text, strategy: .iso8601) else { return Date(timeIntervalSince1970: 0) }
        return date
    }
}
