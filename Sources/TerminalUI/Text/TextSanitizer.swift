/// Turns arbitrary text into text that is safe to send to the terminal.
///
/// Names, notes and imported files may hold control characters, escape sequences or bidirectional
/// overrides. Sent raw they would move the cursor, recolour the screen or reorder what the user reads, so
/// every such thing becomes a visible `?` and never reaches the terminal. A tab becomes one space.
///
/// ```swift
/// TextSanitizer.clean("\u{1b}[31m红\u{7}")  // "?红?"
/// ```
public enum TextSanitizer {
    /// What replaces a control character, an escape sequence or a bidirectional override.
    static let replacement: Unicode.Scalar = "?"

    /// `text` with controls, escape sequences, DEL, bidi overrides and unprintable code points made visible.
    public static func clean(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x09:
                output.append(" ")
                index += 1
            case 0x1B:
                output.append(replacement)
                index = endOfEscape(scalars, from: index + 1)
            case 0x9B:
                output.append(replacement)
                index = endOfControlSequence(scalars, from: index + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                output.append(replacement)
                index = endOfControlString(scalars, from: index + 1)
            default:
                output.append(isSafe(scalar) ? scalar : replacement)
                index += 1
            }
        }
        return String(output)
    }

    /// True for a scalar that may reach the terminal as it is.
    static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F:
            return false  // C0 controls (NUL included, which glibc counts as 0 columns), DEL and C1 controls
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            return false  // bidirectional marks, embeddings, overrides and isolates
        default:
            return DisplayWidth.of(scalar) >= 0
        }
    }

    /// The index after an escape sequence whose ESC came just before `start`.
    private static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count else { return start }
        switch scalars[start] {
        case "[":
            return endOfControlSequence(scalars, from: start + 1)
        case "]", "P", "X", "^", "_":
            return endOfControlString(scalars, from: start + 1)
        default:
            var index = start
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
            return index
        }
    }

    /// The index after a CSI sequence's parameters, intermediates and final byte.
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
        return index
    }

    /// The index after an OSC/DCS-style string, ended by BEL, ESC \ or ST; without an end only the
    /// introducer is swallowed, so a stray escape in a name does not hide the rest of the name.
    private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x07 || value == 0x9C { return index + 1 }
            if value == 0x1B {
                return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index + 1
            }
            index += 1
        }
        return start
    }
}
