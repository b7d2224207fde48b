import Foundation

/// How the server writes instants in its database: ISO 8601 UTC text, the same on both backends.
enum ServerClock {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func date(_ text: String?) -> Date {
        guard let text, let date = try? Date(text, strategy: .iso8601) else { return Date(timeIntervalSince1970: 0) }
        return date
    }
}
