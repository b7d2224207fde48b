import CunzhanCore
import CunzhanSyncAPI
import Foundation
import Testing

@testable import CunzhanStore

/// The fast JSON paths of sync (`WireCodable` messages, `JSONTextReader`, `JSONValueDecoder`) must read and
/// write exactly what Foundation's coders do, so station and server of any version understand each other.
@Suite struct WireCodingTests {
    /// Strings that need escaping, non-ASCII text and slashes, in every string field of an op.
    static func op(_ number: Int, author: String? = "作者\"1\"", base: String? = nil) -> Op {
        Op(
            opID: "op-\(number)", stationID: "station/a", localSeq: Int64(number), txGroup: "tx\\\(number)",
            author: author, entityType: .household, entityID: "id-\(number)", kind: base == nil ? .create : .patch,
            payload: "{\"address\":\"一组\(number)号\",\"notes\":\"第一行\n第二行\t\u{01}\u{1F}\"}", base: base,
            hlc: "0001764000000000-0000-abcdef", appVersion: "0.1.0", schemaVersion: 14)
    }

    static let foundationEncoder = SyncCoding.encoder

    @Test func pushRequestIsWrittenAsFoundationWritesIt() throws {
        let request = PushRequest(
            stationID: "站点-1", ops: [Self.op(1), Self.op(2, author: nil, base: #"{"address":"旧"}"#)])
        let fast = try SyncCoding.encode(request)
        #expect(fast == (try Self.foundationEncoder.encode(request)))
        #expect(try SyncCoding.decode(PushRequest.self, from: fast) == request)
        #expect(try SyncCoding.decoder.decode(PushRequest.self, from: fast) == request)
    }

    @Test func pullResponseIsWrittenAsFoundationWritesIt() throws {
        let response = PullResponse(
            ops: [
                ServerOp(serverSeq: 7, villageCode: "530102001001", op: Self.op(3)),
                ServerOp(serverSeq: 9, villageCode: nil, op: Self.op(4, author: nil)),
            ], next: 9, more: false, scopes: [ScopeDigest.of(scope: "530102001001", opIDs: ["op-3"])])
        let fast = try SyncCoding.encode(response)
        #expect(fast == (try Self.foundationEncoder.encode(response)))
        #expect(try SyncCoding.decode(PullResponse.self, from: fast) == response)
    }

    @Test func everyOutcomeIsWrittenAsFoundationWritesIt() throws {
        let response = PushResponse(results: [
            OpResult(opID: "a", outcome: .applied(serverSeq: 1)),
            OpResult(opID: "b", outcome: .duplicate(serverSeq: 2)),
            OpResult(
                opID: "c",
                outcome: .rejected(
                    Rejection(code: .illegalTransition, field: "状态", message: "不能\"关闭\"", currentState: .closed))),
            OpResult(opID: "d", outcome: .rejected(Rejection(code: .outOfScope, message: "不在本站范围"))),
            OpResult(
                opID: "e",
                outcome: .conflict(
                    serverSeq: 3,
                    current: [
                        "phone": .string("139"), "population": .integer(4), "risks": .array([.string("illness")]),
                    ]
                )),
        ])
        let fast = try SyncCoding.encode(response)
        #expect(fast == (try Self.foundationEncoder.encode(response)))
        #expect(try SyncCoding.decode(PushResponse.self, from: fast) == response)
    }

    @Test func readsFoundationTextWithSpacesUnknownKeysAndNulls() throws {
        let text = """
            { "more" : true, "future": {"x": [1, 2.5, null]}, "next": 12,
              "ops": [ { "serverSeq": 12, "villageCode": null, "op": {
                "opID": "op-\\u4e00\\ud83d\\ude00", "stationID": "s", "localSeq": 3, "txGroup": "t", "author": null,
                "entityType": "visit", "entityID": "v", "kind": "append", "payload": "{}", "hlc": "h",
                "appVersion": "1", "schemaVersion": 14.0 } } ],
              "scopes": [] }
            """
        let response = try SyncCoding.decode(PullResponse.self, from: Data(text.utf8))
        #expect(response.more && response.next == 12 && response.scopes.isEmpty)
        let op = try #require(response.ops.first)
        #expect(op.villageCode == nil && op.op.author == nil && op.op.base == nil)
        #expect(op.op.opID == "op-一😀" && op.op.kind == .append && op.op.schemaVersion == 14)
    }

    @Test func refusesWhatFoundationRefuses() throws {
        let valid = String(
            decoding: try SyncCoding.encode(PushRequest(stationID: "s", ops: [Self.op(1)])), as: UTF8.self)
        let broken = [
            valid.replacingOccurrences(of: #""opID":"op-1","#, with: ""),  // a required key missing
            valid.replacingOccurrences(of: #""localSeq":1"#, with: #""localSeq":"1""#),  // a string for a number
            valid.replacingOccurrences(of: #""localSeq":1"#, with: #""localSeq":1.5"#),  // not a whole number
            valid.replacingOccurrences(of: #""kind":"create""#, with: #""kind":"delete""#),  // no such kind
            valid + "x",  // something after the message
            String(valid.dropLast()),  // cut short
            valid.replacingOccurrences(of: #""stationID":"s""#, with: #""stationID":"s\q""#),  // a bad escape
        ]
        for text in broken {
            #expect(throws: (any Error).self) { try SyncCoding.decode(PushRequest.self, from: Data(text.utf8)) }
            #expect(throws: (any Error).self) { try SyncCoding.decoder.decode(PushRequest.self, from: Data(text.utf8)) }
        }
    }

    @Test func readerKeepsNumbersExactAndLimitsNesting() throws {
        let values = try JSONTextReader.tree(JSON.self, from: Array("[9007199254740993, 3.0, 1e2, -0.25, 1.5e-7]".utf8))
        #expect(
            values
                == .array([
                    .integer(9_007_199_254_740_993), .integer(3), .integer(100), .number(-0.25), .number(1.5e-7),
                ]))
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONReadError.self) { try JSONTextReader.tree(JSON.self, from: Array(deep.utf8)) }
        #expect(throws: JSONReadError.self) { try JSONTextReader.tree(JSON.self, from: Array(#""\ud800""#.utf8)) }
        #expect(throws: JSONReadError.self) { try JSONTextReader.tree(JSON.self, from: Array("[1,]".utf8)) }
        #expect(throws: JSONReadError.self) { try JSONTextReader.tree(JSON.self, from: Array("01".utf8)) }
    }

    @Test func storedJSONRoundTripsAndDecodesRecordsAsFoundationDoes() throws {
        let household = Household(
            villageID: VillageID(), householdNumber: "53012410029900001", headName: "王\"大\"明",
            groupID: VillagerGroupID(),
            address: "一组/1号\n", phone: nil, kind: .ordinary, monitoringCategory: .marginalAtRisk,
            risks: [.illness, .housing], measures: [.education], population: 3,
            monitoringReview: MonitoringReview(
                date: try #require(CalendarDate(year: 2026, month: 5, day: 9)), reason: "住房"),
            answers: ["q": "是"], longAbsent: true)
        let fields = try JSONValue.fields(of: household)
        #expect(try JSONValue.parseObject(JSONValue.object(fields).text) == fields)
        #expect(try JSONValue.decode(Household.self, from: fields) == household)
        var missing = fields
        missing["headName"] = nil
        #expect(throws: (any Error).self) { try JSONValue.decode(Household.self, from: missing) }
        var wrong = fields
        wrong["population"] = .string("3")
        #expect(throws: (any Error).self) { try JSONValue.decode(Household.self, from: wrong) }
        var badDate = fields
        badDate["registeredOn"] = .string("2026-13-40")
        #expect(throws: (any Error).self) { try JSONValue.decode(Household.self, from: badDate) }
        #expect(throws: StoreError.self) { try JSONValue.parseObject(#"{"a":"#) }
    }
}
