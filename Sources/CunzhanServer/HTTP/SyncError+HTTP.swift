import CunzhanSyncAPI
import Foundation
import Hummingbird

/// A `SyncError` on its way out as an HTTP answer: the status of its code and `{code, message}` as body.
struct SyncHTTPError: HTTPResponseError {
    let error: SyncError

    var status: HTTPResponse.Status {
        switch error.code {
        case .badRequest, .badJSON, .badBundle, .tooManyOps: .badRequest
        case .unsupportedProtocol: .upgradeRequired
        case .unauthorized: .unauthorized
        case .revoked, .stationMismatch: .forbidden
        case .tooLarge: .contentTooLarge
        case .notFound: .notFound
        case .serverError: .internalServerError
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.make(error, status: status)
    }
}

/// JSON answers written with the wire's one encoder.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? SyncCoding.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Turns every error of a route into a JSON `{code, message}` answer, so a station always gets one it can read;
/// database and unexpected failures become `serverError` without their text (which stays in the log).
struct SyncErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as SyncError {
            context.logger.info("refused", metadata: ["code": "\(error.code.rawValue)", "path": "\(request.uri.path)"])
            return try SyncHTTPError(error: error).response(from: request, context: context)
        } catch let error as HTTPError where error.status == .notFound {
            return try SyncHTTPError(error: SyncError(.notFound, "没有这个地址：\(request.uri.path)"))
                .response(from: request, context: context)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return try SyncHTTPError(error: SyncError.tooLarge).response(from: request, context: context)
        } catch {
            context.logger.error("failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            return try SyncHTTPError(error: SyncError(.serverError, "服务器处理出错，这次请求没有改变任何数据，请稍后重试。"))
                .response(from: request, context: context)
        }
    }
}

extension SyncError {
    /// The refusal of a body larger than the limit.
    static let tooLarge = SyncError(
        .tooLarge, "请求太大：一次最多 \(SyncProtocol.maxRequestBytes / 1024 / 1024) MB，请分批上传。")
}
