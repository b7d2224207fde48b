import Dispatch

/// Runs async work to completion from synchronous code: the `cunzhan` subcommands and the TUI's
/// background thread, neither of which runs on Swift's cooperative pool, so waiting there is safe.
public enum Blocking {
    public static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                box.set(.success(try await work()))
            } catch {
                box.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        return try box.get()
    }
}

/// The result of a task, handed from the task to the waiting thread under a lock.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let queue = DispatchQueue(label: "cunzhan.blocking-result")
    private var result: Result<T, any Error>?

    func set(_ value: Result<T, any Error>) { queue.sync { result = value } }

    func get() throws -> T {
        let value = queue.sync { result }
        guard let value else { throw SyncFailure(.server, "同步任务没有结果。") }
        return try value.get()
    }
}
