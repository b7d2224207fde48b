import CunzhanSyncAPI
import Foundation
import Hummingbird

/// The HTTP face of `SyncService`: `/health`, `/v1/push`, `/v1/pull` (docs/sync-protocol.md).
public enum SyncRoutes {
    /// A router with every route of the protocol; tests drive it in-process with HummingbirdTesting.
    public static func router(service: SyncService) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.middlewares.add(SyncErrorMiddleware())
        router.get(RouterPath(SyncProtocol.healthPath)) { _, _ -> Response in
            JSONResponse.make(HealthResponse())
        }
        router.post(RouterPath(SyncProtocol.pushPath)) { request, _ -> Response in
            try checkVersion(request)
            let station = try await service.authenticate(token: try bearerToken(request))
            let body = try await readBody(request)
            let push: PushRequest
            do {
                push = try SyncCoding.decode(PushRequest.self, from: body)
            } catch {
                throw SyncError(.badJSON, "上传内容不是有效的同步请求（JSON 格式不对或缺少字段），整批未处理。")
            }
            return JSONResponse.make(try await service.push(push, from: station))
        }
        router.get(RouterPath(SyncProtocol.pullPath)) { request, _ -> Response in
            try checkVersion(request)
            let station = try await service.authenticate(token: try bearerToken(request))
            let parameters = request.uri.queryParameters
            guard let after = parameters["after"].map({ Int64(String($0)) }) ?? 0,
                let limit = parameters["limit"].map({ Int(String($0)) }) ?? SyncProtocol.defaultPullLimit
            else { throw SyncError(.badRequest, "拉取参数无效：after 和 limit 必须是整数。") }
            return JSONResponse.make(try await service.pull(PullQuery(after: after, limit: limit), for: station))
        }
        return router
    }

    static func checkVersion(_ request: Request) throws(SyncError) {
        guard let field = HTTPFields.Element.Name(SyncProtocol.versionHeader), let value = request.headers[field] else {
            throw SyncError(.unsupportedProtocol, "请求缺少协议版本（\(SyncProtocol.versionHeader)），请升级村站程序。")
        }
        guard value == String(SyncProtocol.version) else {
            throw SyncError(
                .unsupportedProtocol, "协议版本 \(value) 不受支持，服务器只支持版本 \(SyncProtocol.version)，请升级村站程序。")
        }
    }

    static func bearerToken(_ request: Request) throws(SyncError) -> String {
        guard let value = request.headers[.authorization], value.hasPrefix("Bearer "),
            case let token = value.dropFirst("Bearer ".count).trimmingCharacters(in: .whitespaces), !token.isEmpty
        else {
            throw SyncError(.unauthorized, "请求缺少令牌（Authorization: Bearer …），请先用 cunzhan enroll 登记本站。")
        }
        return token
    }

    static func readBody(_ request: Request) async throws -> Data {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > SyncProtocol.maxRequestBytes {
            throw SyncError.tooLarge
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: SyncProtocol.maxRequestBytes)
        } catch {
            throw SyncError.tooLarge
        }
        return Data(buffer.readableBytesView)
    }
}
