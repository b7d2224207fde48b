import CunzhanCore
import Foundation
import Testing

@testable import CunzhanSyncAPI

@Suite struct OpOutcomeCodingTests {
    func text(_ value: some Encodable) throws -> String {
        String(decoding: try SyncCoding.encode(value), as: UTF8.self)
    }

    @Test func appliedIsOneFlatObjectTaggedByStatus() throws {
        #expect(try text(OpOutcome.applied(serverSeq: 42)) == #"{"serverSeq":42,"status":"applied"}"#)
        #expect(try text(OpOutcome.duplicate(serverSeq: 7)) == #"{"serverSeq":7,"status":"duplicate"}"#)
    }

    @Test func rejectionCarriesCodeFieldMessageAndCurrentState() throws {
        let outcome = OpOutcome.rejected(
            Rejection(code: .illegalTransition, message: "事项现在是“已销号”", currentState: .closed))
        #expect(
            try text(outcome)
                == #"{"code":"illegalTransition","currentState":"closed","message":"事项现在是“已销号”","status":"rejected"}"#)
        let plain = OpOutcome.rejected(Rejection(code: .invalidValue, field: "户主姓名", message: "户主姓名：必填"))
        #expect(try text(plain) == #"{"code":"invalidValue","field":"户主姓名","message":"户主姓名：必填","status":"rejected"}"#)
    }

    @Test func everyOutcomeSurvivesARoundTrip() throws {
        let outcomes: [OpOutcome] = [
            .applied(serverSeq: 1), .duplicate(serverSeq: 2),
            .rejected(Rejection(code: .blocked, message: "前面的操作被拒绝")),
            .conflict(serverSeq: 3, current: ["phone": .string("13800000000"), "population": .integer(4)]),
        ]
        for outcome in outcomes {
            let decoded = try SyncCoding.decode(OpOutcome.self, from: try SyncCoding.encode(outcome))
            #expect(decoded == outcome)
        }
    }

    @Test func anUnknownStatusDoesNotDecode() {
        #expect(throws: DecodingError.self) {
            try SyncCoding.decode(OpOutcome.self, from: Data(#"{"status":"maybe","serverSeq":1}"#.utf8))
        }
    }

    @Test func serverSeqIsNilOnlyForRejections() {
        #expect(OpOutcome.conflict(serverSeq: 9, current: [:]).serverSeq == 9)
        #expect(OpOutcome.rejected(Rejection(code: .outOfScope, message: "x")).serverSeq == nil)
    }
}
