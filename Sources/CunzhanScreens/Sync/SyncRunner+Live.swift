import CunzhanStore
import CunzhanSyncClient

extension SyncRunner {
    /// The runner `cunzhan` uses: one sync with the server the station enrolled with.
    public static func live(store: StationStore) -> SyncRunner {
        SyncRunner { progress in
            do {
                let client = try SyncClient(store: store)
                return .success(try Blocking.run { try await client.sync(progress: progress) })
            } catch let failure as SyncFailure {
                return .failure(failure)
            } catch {
                return .failure(SyncFailure(.server, "同步出错：\(error)"))
            }
        }
    }
}
