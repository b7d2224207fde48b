import Foundation

@testable import CunzhanCore

/// Builds the text of `PinyinTable+Data.swift` from ICU's Han-Latin transform.
///
/// Lives in the tests because the runtime must not call ICU: the table is generated here, committed, and
/// a test fails when the committed file no longer matches what ICU gives on this machine.
enum PinyinTableGenerator {
    /// The committed generated file, found from this source file's path.
    static var committedFileURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Search
            .deletingLastPathComponent()  // CunzhanCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Sources/CunzhanCore/Search/PinyinTable+Data.swift")
    }

    /// The toneless reading ICU gives one ideograph, or nil when it has none (ICU returns it unchanged).
    static func icuReading(of scalar: Unicode.Scalar) -> String? {
        let text = String(Character(scalar))
        guard let latin = text.applyingTransform(.mandarinToLatin, reverse: false),
            let plain = latin.applyingTransform(.stripDiacritics, reverse: false)?.lowercased(),
            !plain.isEmpty, plain.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        return plain
    }

    /// The readings of every covered code point, in order.
    static func readings() -> [String?] {
        (PinyinTable.firstScalar...PinyinTable.lastScalar).map { value in
            Unicode.Scalar(value).flatMap(icuReading(of:))
        }
    }

    /// The widest line the generated file may have, as the formatter allows.
    static let lineWidth = 116

    /// The whole generated Swift file.
    static func fileText() -> String {
        let readings = readings()
        let syllables = Set(readings.compactMap { $0 }).sorted()
        var indexOf: [String: Int] = [:]
        for (offset, syllable) in syllables.enumerated() { indexOf[syllable] = offset + 1 }

        var lines: [String] = [
            "// Generated from ICU's Han-Latin transform by PinyinTableTests; do not edit by hand.",
            "// Regenerate with: CUNZHAN_REGENERATE_PINYIN=1 swift test --filter PinyinTableTests",
            "",
            "extension PinyinTable {",
            "    /// The toneless syllables, sorted; reading index n (from 1) names `syllables[n - 1]`.",
            "    static let syllables: [String] = [",
        ]
        var row = ""
        for syllable in syllables {
            let item = "\"\(syllable)\","
            if !row.isEmpty, 8 + row.count + 1 + item.count > lineWidth {
                lines.append("        " + row)
                row = ""
            }
            row += row.isEmpty ? item : " " + item
        }
        if !row.isEmpty { lines.append("        " + row) }
        lines.append("    ]")
        lines.append("")
        lines.append(
            "    /// Two base-64 digits per code point from U+4E00 to U+9FFF, line breaks ignored; \"00\" is no reading."
        )
        lines.append("    static let encodedIndices = \"\"\"")
        var line = ""
        for reading in readings {
            line += PinyinTable.encode(reading.flatMap { indexOf[$0] } ?? 0)
            if 8 + line.count + 2 > lineWidth {
                lines.append("        " + line)
                line = ""
            }
        }
        if !line.isEmpty { lines.append("        " + line) }
        lines.append("        \"\"\"")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
