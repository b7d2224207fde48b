import CunzhanCore
import CunzhanStore
import CunzhanSyncAPI
import Foundation

/// The sync protocol over HTTP (CunzhanSyncAPI): push and pull requests with the protocol header and the
/// station token, answers decoded into the store's terms, errors turned into Chinese `SyncFailure`s.
///
/// Network failures and 5xx answers (a server restarting, a request it could not finish) are `.network`,
/// which the client retries; a refused token or protocol is not retried.
struct HTTPSyncConnection: SyncServerConnection {
    let transport: any HTTPTransport
    let baseURL: String
    let token: String
    let stationID: String

    var headers: [String: String] {
        [
            SyncProtocol.versionHeader: String(SyncProtocol.version), "Authorization": "Bearer \(token)",
            "Content-Type": "application/json",
        ]
    }

    func push(_ ops: [Op]) async throws -> [OpResultRecord] {
        let body = try SyncCoding.encode(PushRequest(stationID: stationID, ops: ops))
        let response = try await send(
            HTTPRequest(method: "POST", path: SyncProtocol.pushPath, headers: headers, body: body))
        return try decode(PushResponse.self, response).results.map(OpResultRecord.init)
    }

    func pull(after cursor: Int64, limit: Int) async throws -> PullPage {
        let query = PullQuery(after: cursor, limit: limit)
        let response = try await send(HTTPRequest(method: "GET", path: query.pathAndQuery, headers: headers))
        let page = try decode(PullResponse.self, response)
        return PullPage(
            ops: page.ops.map { PulledOp(serverSeq: $0.serverSeq, villageCode: $0.villageCode, op: $0.op) },
            next: page.next, more: page.more, scopes: page.scopes)
    }

    /// Checks that the server answers `/health` with our protocol.
    func health() async throws {
        let response = try await send(HTTPRequest(method: "GET", path: SyncProtocol.healthPath))
        let health = try decode(HealthResponse.self, response)
        guard health.protocol == SyncProtocol.version else {
            throw SyncFailure(
                .protocolMismatch, "服务器使用同步协议版本 \(health.protocol)，本程序是版本 \(SyncProtocol.version)，请升级后再同步。")
        }
    }

    private func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response: HTTPResponse
        do {
            response = try await transport.send(request, to: baseURL)
        } catch let failure as SyncFailure {
            throw failure
        } catch {
            throw SyncFailure(.network, "连不上服务器 \(baseURL)（\(error.localizedDescription)），请检查网络后重试。")
        }
        guard (200..<300).contains(response.status) else { throw failure(for: response) }
        return response
    }

    private func failure(for response: HTTPResponse) -> SyncFailure {
        let answer = try? SyncCoding.decode(ErrorResponse.self, from: response.body)
        let message = answer?.message ?? "服务器返回错误（HTTP \(response.status)）。"
        switch (response.status, answer?.code) {
        case (_, .unauthorized?), (_, .revoked?), (401, _), (403, _):
            return SyncFailure(.unauthorized, message + " 请用 cunzhan enroll 重新登记本站的令牌。")
        case (_, .unsupportedProtocol?), (426, _):
            return SyncFailure(.protocolMismatch, message)
        case (500..., _):
            return SyncFailure(.network, "服务器暂时出错（HTTP \(response.status)）：\(message)")
        default:
            return SyncFailure(.server, message)
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ response: HTTPResponse) throws -> T {
        do {
            return try SyncCoding.decode(T.self, from: response.body)
        } catch {
            throw SyncFailure(.server, "服务器的回答无法识别（不是村站同步协议），请确认服务器地址。")
        }
    }
}

extension OpResultRecord {
    /// The store's record of a wire result.
    init(_ result: OpResult) {
        let settlement: OpSettlement
        switch result.outcome {
        case .applied(let seq), .duplicate(let seq):
            settlement = .accepted(serverSeq: seq)
        case .rejected(let rejection):
            var message = rejection.message
            if let state = rejection.currentState { message += "（服务器上现在是“\(state.label)”）" }
            settlement = .rejected(code: rejection.code.rawValue, field: rejection.field, message: message)
        case .conflict(let seq, let current):
            settlement = .conflict(serverSeq: seq, current: JSON.text(of: current))
        }
        self.init(opID: result.opID, settlement: settlement)
    }
}
