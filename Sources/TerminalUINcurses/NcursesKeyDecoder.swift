import CNcursesW
import TerminalUI

/// What one `wget_wch` result means, before the terminal adds what only it knows (its size, the mouse state).
enum NcursesInput: Hashable, Sendable {
    /// A complete event.
    case event(InputEvent)
    /// `KEY_RESIZE`: ncurses has already updated `LINES` and `COLS`.
    case resize
    /// `KEY_MOUSE`: the click itself is read with `getmouse`.
    case mouse
    /// A key Cunzhan does not use (Ctrl-Space, F13 and the like), dropped without a trace.
    case ignored
}

/// The pure translation of ncurses key codes and decoded characters into `Key`s.
///
/// Kept apart from the terminal so every mapping is tested without a screen.
enum NcursesKeyDecoder {
    /// A wide character: printable text, or one of the control bytes terminals send for Enter, Tab and Ctrl keys.
    static func decodeCharacter(_ code: UInt32) -> NcursesInput {
        switch code {
        case 8, 127: return .event(.key(.backspace))
        case 9: return .event(.key(.tab))
        case 10, 13: return .event(.key(.enter))
        case 27: return .event(.key(.escape))
        case 1...26:
            guard let letter = Unicode.Scalar(code + 0x60) else { return .event(.invalid) }
            return .event(.key(.control(Character(letter))))
        case 0, 28...31: return .ignored
        case 0x80...0x9F: return .event(.invalid)
        default:
            guard let scalar = Unicode.Scalar(code) else { return .event(.invalid) }
            return .event(.key(.character(Character(scalar))))
        }
    }

    /// A `KEY_*` code from keypad mode.
    static func decodeKeyCode(_ code: Int32) -> NcursesInput {
        if let key = keyCodes[code] { return .event(.key(key)) }
        if code == Int32(cz_key_resize()) { return .resize }
        if code == Int32(cz_key_mouse()) { return .mouse }
        let functionNumber = code - Int32(cz_key_f(0))
        if (1...12).contains(functionNumber) { return .event(.key(.function(Int(functionNumber)))) }
        return .ignored
    }

    private static let keyCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_IC: .insert, KEY_DC: .delete, KEY_BACKSPACE: .backspace, KEY_ENTER: .enter, KEY_BTAB: .backTab,
        // vt220-style keyboards (PuTTY, rxvt) send Find and Select for Home and End.
        KEY_FIND: .home, KEY_SELECT: .end,
    ]
}
