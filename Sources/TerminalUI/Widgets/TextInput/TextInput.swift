/// A one-line text editor: the text, a caret that moves by grapheme, and horizontal scrolling.
///
/// The caret is an index in characters (graphemes), so a Chinese character, an emoji or a letter
/// with a combining accent is one step; the view scrolls by display width so the caret always stays
/// visible in `width` columns. Owners put the real terminal cursor at `caretPosition(in:)` so an
/// input method's candidate window follows the caret.
public struct TextInput: Hashable, Sendable {
    /// What happened after a key.
    public enum Event: Hashable, Sendable {
        /// Not an editing key (Enter, Tab, Esc, Up, Down, function keys): the owner's to use.
        case ignored
        /// The caret moved or nothing changed.
        case handled
        /// The text changed.
        case changed
    }

    public internal(set) var text: String
    /// The caret, as a character offset from the start: 0 … `text.count`.
    public internal(set) var caret: Int
    /// The most characters the text may hold, or nil for no limit.
    public var maxLength: Int?
    /// The columns the text is shown in, set by the owner's layout; scrolling keeps the caret inside.
    public var width: Int {
        didSet { scrollToCaret() }
    }
    /// The first character shown (a character offset), when the text is wider than `width`.
    public internal(set) var scrollStart = 0

    public init(text: String = "", maxLength: Int? = nil, width: Int = 20) {
        let cleaned = TextInput.editable(text)
        let limited = maxLength.map { String(cleaned.prefix(max(0, $0))) } ?? cleaned
        self.text = limited
        self.caret = limited.count
        self.maxLength = maxLength
        self.width = max(1, width)
        scrollToCaret()
    }

    /// Replaces the whole text and puts the caret at its end.
    public mutating func setText(_ newText: String) {
        let cleaned = TextInput.editable(newText)
        text = maxLength.map { String(cleaned.prefix(max(0, $0))) } ?? cleaned
        caret = text.count
        scrollToCaret()
    }

    /// Inserts `insertion` at the caret as one edit: a typed character, an input method's phrase
    /// or a paste. Line breaks and other control characters are dropped; past `maxLength` the rest
    /// is cut off. Returns true when the text changed.
    @discardableResult
    public mutating func insert(_ insertion: String) -> Bool {
        var cleaned = TextInput.editable(insertion)
        if let maxLength { cleaned = String(cleaned.prefix(max(0, maxLength - text.count))) }
        guard !cleaned.isEmpty else { return false }
        let index = text.index(text.startIndex, offsetBy: caret)
        text.insert(contentsOf: cleaned, at: index)
        caret += cleaned.count
        scrollToCaret()
        return true
    }

    /// The text shown in `width` columns from `scrollStart`, and the caret's column inside it.
    public var visibleText: (text: String, caretColumn: Int) {
        var shown = ""
        var used = 0
        var caretColumn = 0
        for (offset, character) in text.enumerated().dropFirst(scrollStart) {
            if offset == caret { caretColumn = used }
            let columns = DisplayWidth.of(String(character))
            if used + columns > width { break }
            shown.append(character)
            used += columns
        }
        if caret >= text.count { caretColumn = used }
        return (shown, min(caretColumn, max(0, width - 1)))
    }

    /// Where the real cursor goes when this input is drawn at `origin`.
    public func caretPosition(at origin: Point) -> Point {
        Point(x: origin.x + visibleText.caretColumn, y: origin.y)
    }

    /// Moves `scrollStart` the least needed so the caret, and a cell for it, fit in `width` columns.
    mutating func scrollToCaret() {
        let characters = Array(text)
        if caret < scrollStart { scrollStart = caret }
        // The columns from scrollStart up to the caret, plus one cell for the caret itself.
        func columnsToCaret() -> Int {
            characters[scrollStart..<caret].reduce(0) { $0 + DisplayWidth.of(String($1)) }
                + (caret < characters.count ? DisplayWidth.of(String(characters[caret])) : 1)
        }
        while scrollStart < caret, columnsToCaret() > width {
            scrollStart += 1
        }
        // After a deletion, pull earlier text back into view while everything still fits.
        func columnsFromStart(_ start: Int) -> Int {
            characters[start...].reduce(0) { $0 + DisplayWidth.of(String($1)) } + 1
        }
        while scrollStart > 0, columnsFromStart(scrollStart - 1) <= width {
            scrollStart -= 1
        }
    }

    /// `text` with control characters (line breaks, tabs, escapes) removed: a field holds one line.
    static func editable(_ text: String) -> String {
        String(
            text.filter { character in
                !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            })
    }
}
