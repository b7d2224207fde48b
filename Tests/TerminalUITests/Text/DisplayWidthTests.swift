import Testing

@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test(arguments: ["中", "国", "村", "𠀀", "龘"])
    func cjkIdeographsAreTwoColumns(_ text: String) {
        #expect(DisplayWidth.of(text) == 2)
    }

    @Test func hangulSyllablesAreTwoColumnsAndMedialJamoZero() throws {
        #expect(DisplayWidth.of("한") == 2)
        #expect(DisplayWidth.of("\u{AC00}") == 2)
        let medial = try #require(Unicode.Scalar(0x1161))
        #expect(DisplayWidth.of(medial) == 0)
    }

    @Test(arguments: ["（", "，", "：", "Ａ", "　"])
    func fullWidthFormsAreTwoColumns(_ text: String) {
        #expect(DisplayWidth.of(text) == 2)
    }

    @Test func combiningMarksAddNothing() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("张\u{301}三") == 4)
    }

    @Test(arguments: ["😀", "🎉", "👍"])
    func emojiAreTwoColumns(_ text: String) {
        #expect(DisplayWidth.of(text) == 2)
    }

    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("abc XYZ 123 ~") == 13)
        #expect(DisplayWidth.of(Unicode.Scalar("a")) == 1)
    }

    @Test func controlsAreMinusOneAsScalarsAndSanitisedInStrings() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)) == -1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x7F)) == -1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x85)) == -1)
        // In a string a control is shown as "?", one column.
        #expect(DisplayWidth.of("a\u{7}b") == 3)
    }

    @Test func mixedChineseAndAsciiAddUp() {
        #expect(DisplayWidth.of("张三 13800138000") == 16)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func graphemeWidthIsItsFirstScalarWithAWidth() {
        #expect(DisplayWidth.of("❤️") == 1)  // U+2764 is 1 in glibc; the variation selector adds nothing
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }
}
