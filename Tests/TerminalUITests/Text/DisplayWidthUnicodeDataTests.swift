import Testing

@testable import TerminalUI

/// Checks the width table against the Unicode character data the Swift standard library carries, for the
/// classes the UI meets most: CJK ideographs, Hangul, full-width forms, combining marks and emoji.
///
/// Code points the table calls unassigned (-1) are skipped: the standard library may know a newer Unicode
/// version than the glibc the table was generated from.
@Suite struct DisplayWidthUnicodeDataTests {
    static let assignedScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }
        .filter { DisplayWidth.of($0) >= 0 }

    @Test func everyCjkIdeographIsTwoColumns() {
        let ideographs = Self.assignedScalars.filter {
            $0.properties.isIdeographic && $0.properties.generalCategory == .otherLetter
        }
        #expect(ideographs.count > 90_000)
        #expect(ideographs.filter { DisplayWidth.of($0) != 2 }.isEmpty)
    }

    @Test func everyHangulSyllableIsTwoColumns() {
        let syllables = (0xAC00...0xD7A3).compactMap { Unicode.Scalar(UInt32($0)) }
        #expect(syllables.allSatisfy { DisplayWidth.of($0) == 2 })
    }

    @Test func everyFullWidthFormIsTwoColumns() {
        let forms =
            (0xFF01...0xFF60).compactMap { Unicode.Scalar(UInt32($0)) }
            + (0xFFE0...0xFFE6).compactMap { Unicode.Scalar(UInt32($0)) }
        #expect(forms.allSatisfy { DisplayWidth.of($0) == 2 })
    }

    @Test func everyNonspacingAndEnclosingMarkIsZeroColumns() {
        let marks = Self.assignedScalars.filter {
            [.nonspacingMark, .enclosingMark].contains($0.properties.generalCategory)
        }
        #expect(marks.count > 1_500)
        let wide = marks.filter { DisplayWidth.of($0) != 0 }.map { String($0.value, radix: 16) }
        #expect(wide.isEmpty, "\(wide.prefix(20))")
    }

    /// Regional indicators (the halves of a flag) are the exception: East Asian Width calls them neutral, so
    /// glibc and ncurses give each one column, and the table follows glibc.
    @Test func everyEmojiPresentationScalarIsTwoColumnsExceptRegionalIndicators() {
        let emoji = Self.assignedScalars.filter {
            $0.properties.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains($0.value)
        }
        #expect(emoji.count > 1_000)
        let narrow = emoji.filter { DisplayWidth.of($0) != 2 }.map { String($0.value, radix: 16) }
        #expect(narrow.isEmpty, "\(narrow.prefix(20))")
    }
}
