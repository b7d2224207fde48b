import Foundation

/// The wall clock the store reads, injected so tests can control lockouts and op timestamps.
public struct StoreClock: Sendable {
    /// Milliseconds since 1970-01-01 UTC.
    public var nowMillis: @Sendable () -> Int64

    public init(nowMillis: @escaping @Sendable () -> Int64) { self.nowMillis = nowMillis }

    /// The system clock.
    public static let system = StoreClock { Int64(Date().timeIntervalSince1970 * 1000) }

    /// A clock that always reads `millis`.
    public static func fixed(_ millis: Int64) -> StoreClock { StoreClock { millis } }
}
