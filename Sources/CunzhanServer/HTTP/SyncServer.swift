import Foundation
import Hummingbird
import Logging

/// Runs the sync HTTP server until it is stopped (SIGINT/SIGTERM or cancellation).
public enum SyncServer {
    /// Serves `service` on `host:port`; `onReady` gets the bound port once the server accepts connections
    /// (port 0 picks a free one).
    public static func run(
        service: SyncService, host: String, port: Int, logger: Logger,
        onReady: @escaping @Sendable (Int) async -> Void
    ) async throws {
        try await application(service: service, host: host, port: port, logger: logger, onReady: onReady).runService()
    }

    /// The Hummingbird application of the server, for `run` and for tests that drive it over real sockets.
    public static func application(
        service: SyncService, host: String = "127.0.0.1", port: Int = 0, logger: Logger,
        onReady: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: SyncRoutes.router(service: service),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "cunzhan-server"),
            onServerRunning: { channel in await onReady(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
