import CunzhanStore
import CunzhanSyncClient
import TerminalUI

/// The F5 sync screen: runs one sync in the background with a progress bar, then shows what it did.
///
/// The sync runs as a background task, so the screen keeps drawing its progress and the help still opens;
/// when it ends, the top bar's 待上传 | 需处理 | 上次同步 is refreshed. A failed sync can be retried with `r`,
/// except on a station not enrolled yet, which is told how to enrol instead.
public struct SyncScreen: Screen {
    public enum Action: Sendable {
        case progressed(SyncProgress)
        case finished(SyncReport, SyncStatus?)
        case failed(SyncFailure, SyncStatus?)
    }

    enum Phase: Equatable {
        case running(SyncProgress)
        case finished(SyncReport)
        case failed(SyncFailure)
    }

    /// True when the sync failed because the station has no server yet: retrying cannot help, enrolling does.
    var isNotEnrolled: Bool {
        if case .failed(let failure) = phase { return failure.code == .notEnrolled }
        return false
    }

    public let title = "同步"
    let store: StationStore
    let runner: SyncRunner
    var phase = Phase.running(SyncProgress(phase: .connecting, done: 0, total: 0))
    var started = false
    /// Shown when a key cannot be used yet (Esc during a sync).
    var notice: String?

    public init(store: StationStore, runner: SyncRunner) {
        self.store = store
        self.runner = runner
    }

    var isRunning: Bool {
        if case .running = phase { return true }
        return false
    }

    public var keyHints: [KeyHint] {
        switch phase {
        case .running: [KeyHint(keys: "F1", action: "帮助")]
        case .finished: [KeyHint(keys: "Enter/Esc", action: "返回")]
        case .failed:
            isNotEnrolled
                ? [KeyHint(keys: "Enter/Esc", action: "返回")]
                : [KeyHint(keys: "r", action: "重试"), KeyHint(keys: "Enter/Esc", action: "返回")]
        }
    }

    public mutating func appear() -> [ScreenCommand] {
        guard !started else { return [] }
        started = true
        return [start()]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch (phase, key) {
        case (.running, .escape), (.running, .enter):
            notice = "正在同步，请等待完成（数据不会丢失，中断后下次同步会接着进行）。"
        case (.failed, .character("r")) where !isNotEnrolled:
            phase = .running(SyncProgress(phase: .connecting, done: 0, total: 0))
            notice = nil
            return [start()]
        case (.finished, .escape), (.finished, .enter), (.failed, .escape), (.failed, .enter):
            return [.pop]
        default:
            break
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .progressed(let progress):
            if isRunning { phase = .running(progress) }
            return []
        case .finished(let report, let status):
            phase = .finished(report)
            notice = nil
            return statusUpdate(status)
        case .failed(let failure, let status):
            phase = .failed(failure)
            notice = nil
            return statusUpdate(status)
        }
    }

    private func statusUpdate(_ status: SyncStatus?) -> [ScreenCommand] {
        guard let text = status?.text else { return [] }
        return [.updateStatus { $0.syncState = text }]
    }

    private func start() -> ScreenCommand {
        let (store, runner) = (store, runner)
        return .background(
            BackgroundTask { (post: @escaping @Sendable (Action) -> Void) in
                let result = runner.run { post(.progressed($0)) }
                let status = try? store.syncStatus()
                switch result {
                case .success(let report): post(.finished(report, status))
                case .failure(let error): post(.failed(error, status))
                }
            })
    }
}
