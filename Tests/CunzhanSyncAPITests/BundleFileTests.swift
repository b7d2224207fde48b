import CunzhanCore
import Foundation
import Testing

@testable import CunzhanSyncAPI

@Suite struct BundleFileTests {
    let bundle = StationBundle(
        stationID: "station-a", createdAt: Date(timeIntervalSince1970: 1_800_000_000), cursor: 12,
        ops: [Fixtures.op(1), Fixtures.op(2)])

    @Test func aBundleRoundTripsThroughItsFile() throws {
        let file = try BundleFile.encode(bundle)
        #expect(try BundleFile.decode(StationBundle.self, from: file) == bundle)
        let lines = String(decoding: file, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("sha256 "))
        #expect(lines[0].contains(#""createdAt":"2027-01-15T08:00:00Z""#))
    }

    @Test func aTruncatedFileIsRefusedWhole() throws {
        let file = try BundleFile.encode(bundle)
        for cut in [1, 10, 70, file.count / 2, file.count - 1] {
            #expect(throws: SyncError.self) { try BundleFile.decode(StationBundle.self, from: file.prefix(cut)) }
        }
        #expect(throws: SyncError.self) { try BundleFile.decode(StationBundle.self, from: Data()) }
    }

    @Test func anAlteredByteIsRefusedWithBadBundle() throws {
        var file = try BundleFile.encode(bundle)
        let index = file.firstIndex(of: UInt8(ascii: "1")) ?? 0
        file[index] = UInt8(ascii: "2")
        do {
            _ = try BundleFile.decode(StationBundle.self, from: file)
            Issue.record("an altered bundle was accepted")
        } catch {
            #expect(error.code == .badBundle)
        }
    }

    @Test func aReturnBundleIsNotAStationBundle() throws {
        let returned = ReturnBundle(
            stationID: "station-a", createdAt: Date(timeIntervalSince1970: 0),
            results: [OpResult(opID: "op-1", outcome: .applied(serverSeq: 1))], ops: [], next: 1, scopes: [])
        let file = try BundleFile.encode(returned)
        #expect(try BundleFile.decode(ReturnBundle.self, from: file) == returned)
        #expect(throws: SyncError.self) { try BundleFile.decode(StationBundle.self, from: file) }
    }

    @Test func anotherProtocolVersionIsRefused() throws {
        var future = bundle
        future.protocol = 2
        let file = try BundleFile.encode(future)
        do {
            _ = try BundleFile.decode(StationBundle.self, from: file)
            Issue.record("a version 2 bundle was accepted")
        } catch {
            #expect(error.code == .unsupportedProtocol)
        }
    }
}
