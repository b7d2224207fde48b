/// How often and how patiently the client tries again after a network error: exponential backoff.
///
/// The first retry waits `baseDelayMilliseconds`, each next one twice as long, up to
/// `maxDelayMilliseconds`; after `maxAttempts` tries the sync stops with a network error (everything
/// already answered is kept, and the next sync carries on from there). `sleep` is injected so tests
/// retry at once.
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    public var baseDelayMilliseconds: Int
    public var maxDelayMilliseconds: Int
    public var sleep: @Sendable (_ milliseconds: Int) async -> Void

    public init(
        maxAttempts: Int = 6, baseDelayMilliseconds: Int = 250, maxDelayMilliseconds: Int = 8_000,
        sleep: @escaping @Sendable (_ milliseconds: Int) async -> Void = RetryPolicy.taskSleep
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelayMilliseconds = baseDelayMilliseconds
        self.maxDelayMilliseconds = maxDelayMilliseconds
        self.sleep = sleep
    }

    /// The live policy: six tries over about eight seconds.
    public static let standard = RetryPolicy()

    /// Sleeps the current task.
    public static let taskSleep: @Sendable (Int) async -> Void = { milliseconds in
        try? await Task.sleep(nanoseconds: UInt64(max(0, milliseconds)) * 1_000_000)
    }

    /// The wait before retry number `retry` (1 for the first retry).
    public func delay(beforeRetry retry: Int) -> Int {
        let factor = 1 << min(max(retry - 1, 0), 20)
        return min(baseDelayMilliseconds * factor, maxDelayMilliseconds)
    }
}
