import Testing

@testable import TerminalUI
@testable import TerminalUINcurses

/// What the backend writes for one cell: never a control character, at most one ncurses cell of code points.
@Suite struct NcursesCellTextTests {
    @Test func controlCharactersAndEscapesAreNeverWrittenRaw() {
        #expect(NcursesTerminal.drawableText("\u{1B}[31m") == "?")
        #expect(NcursesTerminal.drawableText("\u{7}") == "?")
        #expect(NcursesTerminal.drawableText("\u{9B}") == "?")
        #expect(NcursesTerminal.drawableText("\r\n") == "?")
    }

    @Test func emptyTextIsDrawnAsASpaceAndOnlyTheFirstGraphemeIsKept() {
        #expect(NcursesTerminal.drawableText("") == " ")
        #expect(NcursesTerminal.drawableText("张三") == "张")
        #expect(NcursesTerminal.drawableText("e\u{301}x") == "e\u{301}")
    }

    @Test func wideCharacterStringsAreZeroTerminatedAndCapped() {
        #expect(NcursesCellText.wideCharacters("张") == [0x5F20, 0])
        let stacked = "a" + String(repeating: "\u{301}", count: 10)
        let converted = NcursesCellText.wideCharacters(stacked)
        #expect(converted.count == NcursesCellText.maximumCodePoints + 1)
        #expect(converted.last == 0)
    }

    @Test func defaultColourIsMinusOneAndBasicColoursKeepTheirNumbers() {
        #expect(NcursesColorPairs.ncursesColor(nil) == -1)
        #expect(NcursesColorPairs.ncursesColor(.black) == 0)
        #expect(NcursesColorPairs.ncursesColor(.white) == 7)
    }
}
