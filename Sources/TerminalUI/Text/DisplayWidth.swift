/// The number of terminal columns text takes, as ncurses draws it.
///
/// ncurses asks the C library (`wcwidth`) how wide each character is, so a layout that disagrees with glibc
/// leaves ragged columns. The widths here come from a range table generated from glibc itself
/// (`DisplayWidthTable.swift`, checked code point by code point by `DisplayWidthTableTests`).
///
/// ```swift
/// DisplayWidth.of("张三")   // 4
/// DisplayWidth.of("e\u{301}")  // 1: the combining accent adds nothing
/// ```
public enum DisplayWidth {
    /// Columns ncurses draws for this scalar under a UTF-8 locale (glibc wcwidth): 0, 1 or 2; -1 for controls.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        return tableWidth(of: value)
    }

    /// Columns of a whole string (grapheme by grapheme, after sanitising), exactly what `Canvas.draw` uses.
    ///
    /// Sanitising turns a control or escape sequence into a one-column `?`, so it counts 1, as it is drawn.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in TextSanitizer.clean(text) {
            total += of(grapheme: character)
        }
        return total
    }

    /// Columns of one grapheme: the width of its first scalar that has a width, so combining marks,
    /// variation selectors and joiners add nothing; 0 when no scalar has a width.
    static func of(grapheme character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// Binary search of the generated table; code points outside every range are 1 column wide.
    private static func tableWidth(of value: UInt32) -> Int {
        let table = DisplayWidthTable.ranges
        let code = Int32(bitPattern: value)
        var low = 0
        var high = table.count / 3 - 1
        while low <= high {
            let middle = (low + high) / 2
            let first = table[middle * 3]
            let last = table[middle * 3 + 1]
            if code < first {
                high = middle - 1
            } else if code > last {
                low = middle + 1
            } else {
                return Int(table[middle * 3 + 2])
            }
        }
        return 1
    }
}
