import CunzhanCore
import Foundation
import Testing

@testable import CunzhanSyncAPI

@Suite struct MessageCodingTests {
    @Test func pushRequestAndResponseRoundTrip() throws {
        let request = PushRequest(stationID: "station-a", ops: [Fixtures.op(1), Fixtures.op(2, kind: .create)])
        #expect(try SyncCoding.decode(PushRequest.self, from: SyncCoding.encode(request)) == request)
        let response = PushResponse(results: [OpResult(opID: "op-1", outcome: .applied(serverSeq: 5))])
        #expect(try SyncCoding.decode(PushResponse.self, from: SyncCoding.encode(response)) == response)
    }

    @Test func pushRequestNamesItsProtocol() throws {
        let text = String(decoding: try SyncCoding.encode(PushRequest(stationID: "s", ops: [])), as: UTF8.self)
        #expect(text == #"{"ops":[],"protocol":1,"stationID":"s"}"#)
    }

    @Test func pullResponseRoundTripsWithReferenceOps() throws {
        let response = PullResponse(
            ops: [
                ServerOp(serverSeq: 3, villageCode: "530102001001", op: Fixtures.op(3)),
                ServerOp(serverSeq: 4, villageCode: nil, op: Fixtures.op(4, entity: .monthlyTheme, kind: .create)),
            ], next: 10, more: true,
            scopes: [ScopeDigest.of(scope: "530102001001", opIDs: ["op-3"])])
        #expect(try SyncCoding.decode(PullResponse.self, from: SyncCoding.encode(response)) == response)
    }

    @Test func pullQueryWritesItsPath() {
        #expect(PullQuery(after: 10, limit: 500).pathAndQuery == "/v1/pull?after=10&limit=500")
    }

    @Test func errorsAreCodeAndMessage() throws {
        let error = SyncError(.revoked, "本站令牌已被吊销")
        let text = String(decoding: try SyncCoding.encode(error), as: UTF8.self)
        #expect(text == #"{"code":"revoked","message":"本站令牌已被吊销"}"#)
    }

    @Test func jsonKeepsIntegersExactAndReadsObjects() throws {
        let fields = JSON.objectFields(#"{"a":1,"b":1.5,"c":null,"d":[true,"x"],"e":{"f":9007199254740993}}"#)
        #expect(fields?["a"] == .integer(1))
        #expect(fields?["b"] == .number(1.5))
        #expect(fields?["c"] == .null)
        #expect(fields?["d"] == .array([.bool(true), .string("x")]))
        #expect(fields?["e"] == .object(["f": .integer(9_007_199_254_740_993)]))
        #expect(JSON.objectFields("[1]") == nil)
        #expect(JSON.objectFields("not json") == nil)
        #expect(JSON.text(of: ["b": .integer(2), "a": .string("x")]) == #"{"a":"x","b":2}"#)
    }
}
