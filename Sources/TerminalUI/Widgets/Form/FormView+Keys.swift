/// What happened in a `FormView` after a key, for its owner to act on.
public enum FormEvent: Hashable, Sendable {
    /// Not the form's key (Esc, F-keys): the owner's to use. Esc should ask first when `isDirty`.
    case ignored
    /// The key was used; nothing the owner needs to know changed.
    case handled
    /// The value of this field changed.
    case changed(fieldID: String)
    /// Focus moved to this field (its predecessor was validated on leaving).
    case focusChanged(fieldID: String)
    /// Ctrl-S with every field valid: the values to save, by field id.
    case saveRequested([String: String])
    /// Ctrl-S with errors: focus moved to the first one; the summary says what to fix.
    case saveBlocked(errorCount: Int)
}

extension FormView {
    /// Updates the form for one key.
    ///
    /// Tab/Down and Shift-Tab/Up move between fields (checking the field left); Enter moves on
    /// from a typed field and toggles a choice; Space toggles choices, Left/Right move among
    /// options; Ctrl-S saves. Every other key goes to the focused field's editor.
    public mutating func handle(_ key: Key) -> FormEvent {
        guard let field = focusedField else { return key == .control("s") ? save() : .ignored }
        switch key {
        case .tab, .down: return moveFocus(to: focusedIndex + 1)
        case .backTab, .up: return moveFocus(to: focusedIndex - 1)
        case .control("s"): return save()
        default: break
        }
        if field.kind.isTyped {
            if key == .enter { return moveFocus(to: focusedIndex + 1) }
            return editText(of: field, with: key)
        }
        return handleChoice(field, key)
    }

    /// Moves focus to `index` (clamped), checking the field being left.
    public mutating func moveFocus(to index: Int) -> FormEvent {
        let target = max(0, min(index, fields.count - 1))
        guard target != focusedIndex else { return .handled }
        validateField(at: focusedIndex)
        focusedIndex = target
        scrollToFocus()
        return .focusChanged(fieldID: fields[target].id)
    }

    /// Checks everything: saves when valid, otherwise moves focus to the first error.
    public mutating func save() -> FormEvent {
        guard !validateAll() else { return .saveRequested(values) }
        if let first = fields.firstIndex(where: { errors[$0.id] != nil }) {
            focusedIndex = first
            scrollToFocus()
        }
        return .saveBlocked(errorCount: errors.count)
    }

    private mutating func editText(of field: FormField, with key: Key) -> FormEvent {
        guard var input = inputs[field.id] else { return .ignored }
        let result = input.handle(key)
        inputs[field.id] = input
        switch result {
        case .ignored: return .ignored
        case .handled: return .handled
        case .changed:
            values[field.id] = input.text
            return .changed(fieldID: field.id)
        }
    }

    /// Inserts pasted or input-method text into the focused typed field as one edit.
    public mutating func insert(_ text: String) -> FormEvent {
        guard let field = focusedField, field.kind.isTyped, var input = inputs[field.id] else { return .ignored }
        guard input.insert(text) else { return .handled }
        inputs[field.id] = input
        values[field.id] = input.text
        return .changed(fieldID: field.id)
    }

    private mutating func handleChoice(_ field: FormField, _ key: Key) -> FormEvent {
        let options = field.kind.options
        guard !options.isEmpty else { return .ignored }
        let current = values[field.id] ?? ""
        switch field.kind {
        case .multiChoice:
            let highlighted = highlightedOption[field.id] ?? 0
            switch key {
            case .left: highlightedOption[field.id] = max(0, highlighted - 1)
            case .right: highlightedOption[field.id] = min(options.count - 1, highlighted + 1)
            case .character(" "), .enter:
                var chosen = Set(FormView.chosenOptions(current))
                let option = options[highlighted]
                if chosen.contains(option) { chosen.remove(option) } else { chosen.insert(option) }
                return setChoice(
                    options.filter(chosen.contains).joined(separator: FormField.multiChoiceSeparator), field)
            default: return .ignored
            }
            return .handled
        case .yesNo:
            switch key {
            case .character("y"), .character("Y"), .character("是"): return setChoice(FormField.yes, field)
            case .character("n"), .character("N"), .character("否"): return setChoice(FormField.no, field)
            default: break
            }
            fallthrough
        default:
            let index = options.firstIndex(of: current)
            switch key {
            case .character(" "), .enter, .right:
                return setChoice(options[index.map { ($0 + 1) % options.count } ?? 0], field)
            case .left:
                return setChoice(
                    options[index.map { ($0 + options.count - 1) % options.count } ?? options.count - 1], field)
            default: return .ignored
            }
        }
    }

    private mutating func setChoice(_ value: String, _ field: FormField) -> FormEvent {
        guard values[field.id] != value else { return .handled }
        values[field.id] = value
        return .changed(fieldID: field.id)
    }

    /// The chosen options in a multi-choice value.
    static func chosenOptions(_ value: String) -> [String] {
        value.split(separator: Character(FormField.multiChoiceSeparator)).map(String.init)
    }
}
