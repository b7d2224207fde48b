import CunzhanStore
import TerminalUI

/// Keeps the top bar's 待上传 | 需处理 | 上次同步 current after every save.
///
/// The program calls `refresh` after each effect. Reading the pending count is one row read of the
/// trigger-kept `outbox_counts`; only when it changed is the whole sync status read again, so list loads
/// and searches cost next to nothing.
final class SyncStatusRefresher {
    private let store: StationStore
    private var lastUnsent: Int?

    init(store: StationStore) {
        self.store = store
        lastUnsent = try? store.unsentOpCount()
    }

    /// Rewrites the status's sync state when the number of changes waiting to be uploaded moved.
    func refresh(_ status: inout StatusLine) {
        guard let unsent = try? store.unsentOpCount(), unsent != lastUnsent else { return }
        guard let current = try? store.syncStatus() else { return }
        lastUnsent = unsent
        status.syncState = current.text
    }
}
