import CNcursesW
import Testing

@testable import TerminalUI
@testable import TerminalUINcurses

/// The ncurses key codes and wide characters the backend receives, and the events they must become.
@Suite struct NcursesKeyDecoderTests {
    private func character(_ code: UInt32) -> NcursesInput {
        NcursesKeyDecoder.decodeCharacter(code)
    }

    private func keyCode(_ code: Int32) -> NcursesInput {
        NcursesKeyDecoder.decodeKeyCode(code)
    }

    @Test func chineseCharactersArriveAsCharacters() {
        #expect(character(0x5F20) == .event(.key(.character("张"))))
        #expect(character(0x4E09) == .event(.key(.character("三"))))
        #expect(character(0xFF0C) == .event(.key(.character("，"))))
        #expect(character(0x1F600) == .event(.key(.character("😀"))))
    }

    @Test func asciiLettersAndSpaceArriveAsCharacters() {
        #expect(character(UInt32(("q" as Unicode.Scalar).value)) == .event(.key(.character("q"))))
        #expect(character(0x20) == .event(.key(.character(" "))))
    }

    @Test func controlLettersBecomeLowercaseControlKeys() {
        #expect(character(3) == .event(.key(.control("c"))))
        #expect(character(19) == .event(.key(.control("s"))))
        #expect(character(1) == .event(.key(.control("a"))))
        #expect(character(26) == .event(.key(.control("z"))))
    }

    @Test func enterArrivesAsCarriageReturnLineFeedOrKeyEnter() {
        #expect(character(13) == .event(.key(.enter)))
        #expect(character(10) == .event(.key(.enter)))
        #expect(keyCode(KEY_ENTER) == .event(.key(.enter)))
    }

    @Test func backspaceArrivesAsDeleteByteControlHOrKeyBackspace() {
        #expect(character(127) == .event(.key(.backspace)))
        #expect(character(8) == .event(.key(.backspace)))
        #expect(keyCode(KEY_BACKSPACE) == .event(.key(.backspace)))
    }

    @Test func escapeTabAndBackTab() {
        #expect(character(27) == .event(.key(.escape)))
        #expect(character(9) == .event(.key(.tab)))
        #expect(keyCode(KEY_BTAB) == .event(.key(.backTab)))
    }

    @Test func navigationKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_HOME, .home),
            (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_IC, .insert), (KEY_DC, .delete),
        ]
        for (code, key) in expected {
            #expect(keyCode(code) == .event(.key(key)))
        }
    }

    @Test func functionKeysOneToTwelve() {
        for number in 1...12 {
            #expect(keyCode(cz_key_f(Int32(number))) == .event(.key(.function(number))))
        }
        #expect(keyCode(cz_key_f(13)) == .ignored)
        #expect(keyCode(cz_key_f(0)) == .ignored)
    }

    @Test func resizeAndMouseAreLeftToTheTerminal() {
        #expect(keyCode(cz_key_resize()) == .resize)
        #expect(keyCode(cz_key_mouse()) == .mouse)
    }

    @Test func c1ControlsAndNonScalarsAreInvalid() {
        #expect(character(0x9B) == .event(.invalid))
        #expect(character(0x85) == .event(.invalid))
        #expect(character(0xD800) == .event(.invalid))
        #expect(character(0x11_0000) == .event(.invalid))
    }

    @Test func unusedControlBytesAndUnknownKeyCodesAreIgnored() {
        #expect(character(0) == .ignored)
        #expect(character(28) == .ignored)
        #expect(character(31) == .ignored)
        #expect(keyCode(KEY_MAX) == .ignored)
    }
}
