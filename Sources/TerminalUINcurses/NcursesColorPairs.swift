import CNcursesW
import TerminalUI

/// The colour pairs handed out so far, created on first use because terminals offer as few as 64.
///
/// Pair 0 is the terminal's own default colours; when the terminal runs out of pairs the rest are drawn in it,
/// which loses only colour: every meaning is also carried by an attribute or by text.
struct NcursesColorPairs {
    private var numbers: [ColorKey: Int16] = [:]
    private let limit: Int

    init(limit: Int) {
        self.limit = min(limit, Int(Int16.max))
    }

    /// The pair number for a foreground/background combination, initialising it the first time it is seen.
    mutating func pair(foreground: Color?, background: Color?) -> Int16 {
        if foreground == nil, background == nil { return 0 }
        let key = ColorKey(foreground: foreground, background: background)
        if let number = numbers[key] { return number }
        let next = numbers.count + 1
        guard next < limit else { return 0 }
        let number = Int16(next)
        guard init_pair(number, Self.ncursesColor(foreground), Self.ncursesColor(background)) == OK else { return 0 }
        numbers[key] = number
        return number
    }

    /// The ncurses colour number; -1 is the terminal's default (allowed after `use_default_colors`).
    static func ncursesColor(_ color: Color?) -> Int16 {
        color.map { Int16($0.rawValue) } ?? -1
    }

    private struct ColorKey: Hashable {
        var foreground: Color?
        var background: Color?
    }
}
