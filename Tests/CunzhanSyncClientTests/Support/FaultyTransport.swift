import CunzhanSyncAPI
import Foundation

@testable import CunzhanSyncClient

/// A transport between a station and the live server that breaks the connection on purpose, seeded.
///
/// Per request it may: lose the request (the server never sees it), lose the response after the server
/// applied it (the client resends: a duplicate), send the request twice, replay an earlier push (a
/// duplicated, reordered batch), or restart the server (stopped before the request, which fails, or
/// killed after applying it, with the response lost). Requests always go to the server's current port.
final class FaultyTransport: HTTPTransport, @unchecked Sendable {
    enum Fault: CaseIterable {
        case none, lostRequest, lostResponse, doubled, replayedOldPush, restartBefore, restartAfter
    }

    let server: LiveServer
    private let live = URLSessionTransport(timeoutSeconds: 10)
    private let lock = NSLock()
    private var random: SplitMix
    private var pushes: [HTTPRequest] = []
    /// Percent of requests that meet some fault; 0 turns faults off.
    var faultPercent: Int
    private(set) var faultsSeen: [Fault] = []

    init(server: LiveServer, seed: UInt64, faultPercent: Int) {
        self.server = server
        random = SplitMix(seed: seed)
        self.faultPercent = faultPercent
    }

    private func nextFault(for request: HTTPRequest) -> Fault {
        lock.withLock {
            if request.path.hasPrefix(SyncProtocol.pushPath) { pushes.append(request) }
            guard Int(random.next() % 100) < faultPercent else { return .none }
            let faults = Fault.allCases.dropFirst()
            let fault = faults[faults.startIndex + Int(random.next() % UInt64(faults.count))]
            faultsSeen.append(fault)
            return fault
        }
    }

    private func earlierPush() -> HTTPRequest? {
        lock.withLock {
            guard pushes.count > 1 else { return nil }
            return pushes[Int(random.next() % UInt64(pushes.count - 1))]
        }
    }

    func send(_ request: HTTPRequest, to baseURL: String) async throws -> HTTPResponse {
        switch nextFault(for: request) {
        case .none:
            return try await live.send(request, to: server.baseURL)
        case .lostRequest:
            throw URLError(.networkConnectionLost)
        case .lostResponse:
            _ = try await live.send(request, to: server.baseURL)
            throw URLError(.networkConnectionLost)
        case .doubled:
            _ = try? await live.send(request, to: server.baseURL)
            return try await live.send(request, to: server.baseURL)
        case .replayedOldPush:
            if let old = earlierPush() { _ = try? await live.send(old, to: server.baseURL) }
            return try await live.send(request, to: server.baseURL)
        case .restartBefore:
            let address = server.baseURL
            await server.stop()
            let answered = try? await live.send(request, to: address)
            try await server.start()
            if let answered { return answered }
            throw URLError(.cannotConnectToHost)
        case .restartAfter:
            _ = try await live.send(request, to: server.baseURL)
            try await server.restart()
            throw URLError(.networkConnectionLost)
        }
    }
}
