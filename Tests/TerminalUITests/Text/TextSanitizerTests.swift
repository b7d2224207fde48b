import Testing

@testable import TerminalUI

@Suite struct TextSanitizerTests {
    @Test func colourEscapeSequenceBecomesOneQuestionMark() {
        #expect(TextSanitizer.clean("\u{1b}[31m红色\u{1b}[0m") == "?红色?")
    }

    @Test func oscTitleSequenceIsSwallowedWhole() {
        #expect(TextSanitizer.clean("a\u{1b}]0;pwned\u{7}b") == "a?b")
        #expect(TextSanitizer.clean("a\u{1b}]0;pwned\u{1b}\\b") == "a?b")
    }

    @Test func c0C1AndDeleteBecomeQuestionMarks() {
        #expect(TextSanitizer.clean("a\u{0}b\u{7}c\u{8}d\u{7f}e\u{85}f\u{9b}2Jg") == "a?b?c?d?e?f?g")
        #expect(TextSanitizer.clean("行一\n行二\r") == "行一?行二?")
    }

    @Test func unterminatedControlStringHidesNothingButItsIntroducer() {
        #expect(TextSanitizer.clean("王\u{1b}]家坪") == "王?家坪")
        #expect(TextSanitizer.clean("王\u{9d}家坪") == "王?家坪")
    }

    @Test func tabBecomesASpace() {
        #expect(TextSanitizer.clean("姓名\t张三") == "姓名 张三")
    }

    @Test func bidiOverridesAndIsolatesBecomeQuestionMarks() {
        #expect(TextSanitizer.clean("abc\u{202E}fed\u{202C}") == "abc?fed?")
        #expect(TextSanitizer.clean("\u{2066}x\u{2069}\u{200F}") == "?x??")
    }

    @Test func printableTextIsUnchanged() {
        let text = "王家坪村 第三组（张三）：😀 e\u{301}"
        #expect(TextSanitizer.clean(text) == text)
    }

    @Test func sanitisedTextHasNoControlScalarLeft() {
        let hostile = "\u{1b}P1$r\u{1b}\\\u{1b}c\u{1b}(B\u{9d}8;;x\u{9c}\u{1b}"
        let clean = TextSanitizer.clean(hostile)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}
