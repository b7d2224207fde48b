import CunzhanSyncAPI
import Testing

/// Expects `body` to throw a `SyncError` with `code`, and returns it.
@discardableResult
func expectSyncError<T>(
    _ code: SyncError.Code, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> T
) async throws -> SyncError? {
    do {
        _ = try await body()
        Issue.record("expected a \(code) refusal, got success", sourceLocation: sourceLocation)
        return nil
    } catch let error as SyncError {
        #expect(error.code == code, sourceLocation: sourceLocation)
        return error
    }
}
