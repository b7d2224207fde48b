import CunzhanStore

extension SyncClient {
    /// A client for the server the station enrolled with (`cunzhan enroll`), over `transport`.
    ///
    /// `serverURL` overrides the enrolled address for this sync (`cunzhan sync --server URL`). Throws
    /// `.notEnrolled` with the command to run when the station has no server or token yet.
    public init(
        store: StationStore, transport: any HTTPTransport = URLSessionTransport(), retry: RetryPolicy = .standard,
        serverURL: String? = nil
    ) throws {
        let settings: SyncSettings
        do {
            settings = try store.syncSettings()
        } catch {
            throw SyncFailure(.store, error.message)
        }
        guard let token = settings.token, let url = serverURL ?? settings.serverURL else {
            throw SyncFailure(
                .notEnrolled,
                "本站还没有登记服务器：请先运行 cunzhan enroll --server 地址 --token 令牌（令牌由乡镇服务器 cunzhan-server enroll 生成）。")
        }
        let connection = HTTPSyncConnection(
            transport: transport, baseURL: url, token: token, stationID: store.stationID)
        self.init(store: store, connection: connection, retry: retry)
    }
}
