import TerminalUI

/// Assembles the bytes `wgetch` returns into characters, turning each malformed sequence into one `.invalid`.
///
/// ncursesw's own `wget_wch` swallows up to 16 following bytes (the next keystrokes) after an invalid byte
/// (seen with ncurses 6.4), so the backend reads bytes and decodes UTF-8 itself: a bad byte costs one
/// `.invalid` event and the next key arrives intact.
struct UTF8InputDecoder {
    private var pending: [UInt8] = []
    private var expected = 0

    /// True while a multi-byte character has started but not finished.
    var isInsideCharacter: Bool { !pending.isEmpty }

    /// Feeds one byte; returns the inputs it completes (none, one, or an `.invalid` plus the byte's own input).
    mutating func feed(_ byte: UInt8) -> [NcursesInput] {
        if !pending.isEmpty {
            if byte & 0xC0 == 0x80 {
                pending.append(byte)
                guard pending.count == expected else { return [] }
                return [finishCharacter()]
            }
            reset()
            return [.event(.invalid)] + feed(byte)
        }
        switch byte {
        case 0x00...0x7F: return [NcursesKeyDecoder.decodeCharacter(UInt32(byte))]
        case 0xC2...0xDF: start(byte, length: 2)
        case 0xE0...0xEF: start(byte, length: 3)
        case 0xF0...0xF4: start(byte, length: 4)
        default: return [.event(.invalid)]
        }
        return []
    }

    /// Ends an unfinished character (no more bytes came): `.invalid` if one had started, otherwise nothing.
    mutating func flush() -> [NcursesInput] {
        guard !pending.isEmpty else { return [] }
        reset()
        return [.event(.invalid)]
    }

    private mutating func start(_ byte: UInt8, length: Int) {
        pending = [byte]
        expected = length
    }

    private mutating func reset() {
        pending = []
        expected = 0
    }

    /// Decodes the complete sequence; overlong forms, surrogates and values past U+10FFFF are invalid.
    private mutating func finishCharacter() -> NcursesInput {
        defer { reset() }
        var decoder = Unicode.UTF8.ForwardParser()
        var iterator = pending.makeIterator()
        guard case .valid(let encoded) = decoder.parseScalar(from: &iterator) else { return .event(.invalid) }
        return NcursesKeyDecoder.decodeCharacter(Unicode.UTF8.decode(encoded).value)
    }
}
