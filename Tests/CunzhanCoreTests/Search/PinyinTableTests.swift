import Foundation
import Testing

@testable import CunzhanCore

@Suite("Pinyin table")
struct PinyinTableTests {
    @Test("the committed table matches what ICU generates (CUNZHAN_REGENERATE_PINYIN=1 rewrites it)")
    func committedTableIsFresh() throws {
        let generated = PinyinTableGenerator.fileText()
        let url = PinyinTableGenerator.committedFileURL
        if ProcessInfo.processInfo.environment["CUNZHAN_REGENERATE_PINYIN"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "PinyinTable+Data.swift is stale: run with CUNZHAN_REGENERATE_PINYIN=1")
    }

    @Test("the decoded table gives ICU's reading for every covered code point")
    func decodedTableAgreesWithICU() {
        let readings = PinyinTableGenerator.readings()
        #expect(PinyinTable.readingIndices.count == readings.count)
        var mismatches = 0
        for (offset, expected) in readings.enumerated() {
            guard let scalar = Unicode.Scalar(PinyinTable.firstScalar + UInt32(offset)) else { continue }
            if PinyinTable.reading(of: scalar) != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test("common characters read as expected and code points outside the table have no reading")
    func knownReadings() {
        #expect(PinyinTable.reading(of: "张") == "zhang")
        #expect(PinyinTable.reading(of: "吕") == "lu")
        #expect(PinyinTable.reading(of: "龙") == "long")
        #expect(PinyinTable.reading(of: "a") == nil)
        #expect(PinyinTable.reading(of: "〇") == nil)
    }

    @Test("encoding and decoding indices round-trip, ignoring line breaks")
    func encodingRoundTrips() {
        let indices = [0, 1, 63, 64, 411, 4095]
        let text = indices.map(PinyinTable.encode).joined(separator: "\n")
        #expect(PinyinTable.decode(text) == indices.map(UInt16.init))
    }
}
