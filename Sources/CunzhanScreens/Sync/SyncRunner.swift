import CunzhanStore
import CunzhanSyncClient

/// How the sync screen runs one sync: the live value talks to the enrolled server, tests pass their own.
public struct SyncRunner: Sendable {
    /// Runs one sync on the calling thread, reporting progress; returns the report or why it failed.
    public var run:
        @Sendable (_ progress: @escaping @Sendable (SyncProgress) -> Void) -> Result<SyncReport, SyncFailure>

    public init(
        run:
            @escaping @Sendable (_ progress: @escaping @Sendable (SyncProgress) -> Void) -> Result<
                SyncReport, SyncFailure
            >
    ) {
        self.run = run
    }
}
