/// The editing keys of a `TextInput`.
extension TextInput {
    /// Updates the text or the caret for one key.
    ///
    /// Left/Right move one character, Home/End and Ctrl-A/Ctrl-E to the ends; Backspace and Delete
    /// remove the character before or under the caret; Ctrl-U deletes to the start, Ctrl-K to the end.
    /// Printable characters are inserted at the caret. Every other key is `.ignored`.
    public mutating func handle(_ key: Key) -> Event {
        switch key {
        case .character(let character):
            return insert(String(character)) ? .changed : .handled
        case .left: return moveCaret(to: caret - 1)
        case .right: return moveCaret(to: caret + 1)
        case .home, .control("a"): return moveCaret(to: 0)
        case .end, .control("e"): return moveCaret(to: text.count)
        case .backspace:
            guard caret > 0 else { return .handled }
            return delete(caret - 1..<caret)
        case .delete:
            guard caret < text.count else { return .handled }
            return delete(caret..<caret + 1)
        case .control("u"): return delete(0..<caret)
        case .control("k"): return delete(caret..<text.count)
        default: return .ignored
        }
    }

    private mutating func moveCaret(to position: Int) -> Event {
        caret = max(0, min(position, text.count))
        scrollToCaret()
        return .handled
    }

    private mutating func delete(_ range: Range<Int>) -> Event {
        guard !range.isEmpty else { return .handled }
        let start = text.index(text.startIndex, offsetBy: range.lowerBound)
        let end = text.index(start, offsetBy: range.count)
        text.removeSubrange(start..<end)
        caret = range.lowerBound
        scrollToCaret()
        return .changed
    }
}
