import Dispatch

/// Work that runs off the app loop, such as a sync, and reports back with actions while it runs.
///
/// An `Effect` runs inside the loop and blocks it; a background task runs on another thread, so the
/// screen keeps drawing and taking keys. Each action it posts is delivered to the screen that started it
/// on the loop's next turn (a progress step, then the result), in the order posted.
///
/// ```swift
/// return [.background(BackgroundTask { post in
///     post(SyncScreen.Action.progress(0.5))
///     post(SyncScreen.Action.finished(result))
/// })]
/// ```
public struct BackgroundTask: Sendable {
    let work: @Sendable (_ post: @escaping @Sendable (any Sendable) -> Void) -> Void

    public init<Action: Sendable>(_ work: @escaping @Sendable (_ post: @escaping @Sendable (Action) -> Void) -> Void) {
        self.work = { post in work { action in post(action) } }
    }
}

/// Where background tasks leave their actions for the loop, and how the loop knows some are still running.
///
/// Shared by copies of a `Program` (a class, guarded by a serial queue); a semaphore wakes a loop that
/// waits for the next action.
final class BackgroundMailbox: @unchecked Sendable {
    private let queue = DispatchQueue(label: "cunzhan.background-mailbox")
    private let signal = DispatchSemaphore(value: 0)
    private var running = 0
    private var posted: [(screenID: Int, action: any Sendable)] = []

    /// True while a task runs or actions wait to be delivered.
    var isBusy: Bool { queue.sync { running > 0 || !posted.isEmpty } }

    /// Starts `task` on a background thread, its actions addressed to `screenID`.
    func start(_ task: BackgroundTask, for screenID: Int) {
        queue.sync { running += 1 }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            task.work { action in
                self.queue.sync { self.posted.append((screenID, action)) }
                self.signal.signal()
            }
            queue.sync { running -= 1 }
            signal.signal()
        }
    }

    /// Takes every action posted so far, oldest first.
    func takePosted() -> [(screenID: Int, action: any Sendable)] {
        queue.sync {
            defer { posted.removeAll() }
            return posted
        }
    }

    /// Waits until a task posts or ends, at most `milliseconds`.
    func wait(milliseconds: Int) {
        _ = signal.wait(timeout: .now() + .milliseconds(milliseconds))
    }
}
