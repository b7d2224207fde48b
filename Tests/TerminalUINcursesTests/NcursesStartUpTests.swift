import Testing

@testable import TerminalUINcurses

/// The pure parts of start-up: which terminal types are tried, which codesets count as UTF-8, what users read.
@Suite struct NcursesStartUpTests {
    @Test func termIsTriedFirstThenTheFallbacks() {
        #expect(
            NcursesTerminal.terminalTypeCandidates(term: "screen")
                == ["screen", "xterm-256color", "xterm", "vt100"]
        )
    }

    @Test func unsetOrEmptyTermUsesOnlyTheFallbacks() {
        #expect(NcursesTerminal.terminalTypeCandidates(term: nil) == ["xterm-256color", "xterm", "vt100"])
        #expect(NcursesTerminal.terminalTypeCandidates(term: "") == ["xterm-256color", "xterm", "vt100"])
    }

    @Test func aFallbackNamedInTermIsNotTriedTwice() {
        #expect(NcursesTerminal.terminalTypeCandidates(term: "xterm") == ["xterm", "xterm-256color", "vt100"])
    }

    @Test func utf8CodesetSpellingsAreRecognised() {
        #expect(UTF8Locale.isUTF8("UTF-8"))
        #expect(UTF8Locale.isUTF8("utf8"))
        #expect(!UTF8Locale.isUTF8("ANSI_X3.4-1968"))
        #expect(!UTF8Locale.isUTF8("GB18030"))
        #expect(!UTF8Locale.isUTF8(""))
    }

    @Test func localeErrorNamesTheLocaleTheFallbacksAndTheFix() {
        let error = TerminalStartError.noUTF8Locale(current: "C", tried: UTF8Locale.fallbacks)
        #expect(error.code == .noUTF8Locale)
        #expect(error.message.contains("（C）"))
        #expect(error.message.contains("C.UTF-8"))
        #expect(error.message.contains("export LANG="))
    }

    @Test func terminalErrorNamesTermTheFallbacksAndTheFix() {
        let error = TerminalStartError.noUsableTerminal(term: "nonsense", tried: ["nonsense", "vt100"])
        #expect(error.code == .noUsableTerminal)
        #expect(error.message.contains("TERM=nonsense"))
        #expect(error.message.contains("vt100"))
        #expect(error.message.contains("export TERM=xterm-256color"))
        #expect(TerminalStartError.noUsableTerminal(term: nil, tried: []).message.contains("未设置 TERM"))
    }
}
