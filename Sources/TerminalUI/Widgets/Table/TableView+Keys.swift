/// What happened in a `TableView` after a key or a click, for its owner to act on.
public enum TableEvent: Hashable, Sendable {
    /// The key was not the table's (q, F5, a screen's own keys): the owner may use it.
    case ignored
    /// The key was used and nothing the owner needs to know changed.
    case handled
    /// The selected row changed to this absolute index.
    case selectionChanged(Int)
    /// Enter on the selected row: the owner opens it.
    case activated(TableRow)
    /// The filter query changed as the user typed. The table has already dropped its rows and gone
    /// back to the first; the owner points its data source at the new query and calls `fill(from:)`.
    case filterChanged(String)
}

extension TableView {
    /// Updates the table for one key: moving the selection, paging, or editing the filter line.
    ///
    /// Arrows and j/k move one row, PgUp/PgDn one screen, Home/End to the ends; Enter activates
    /// the selected row; `/` opens the filter line. While the filter line is open, printable keys
    /// (j and k too) are typed into it, Enter keeps the filter and returns to the rows, Esc clears it.
    public mutating func handle(_ key: Key) -> TableEvent {
        if isFiltering { return handleFilterKey(key) }
        switch key {
        case .up, .character("k"): return move(by: -1)
        case .down, .character("j"): return move(by: 1)
        case .pageUp: return page(by: -1)
        case .pageDown: return page(by: 1)
        case .home: return moveTo(0)
        case .end: return moveTo(totalCount - 1)
        case .enter:
            guard let row = selectedRow else { return .handled }
            return .activated(row)
        case .character("/"):
            isFiltering = true
            filterInput = TextInput(text: filter, width: filterWidth)
            return .handled
        case .escape where !filter.isEmpty:
            return setFilter("")
        default:
            return .ignored
        }
    }

    /// Types `text` (an input method's phrase or a paste, drained as one batch) into the open filter
    /// line as one edit, so the owner re-queries once rather than once per character.
    public mutating func insertIntoFilter(_ text: String) -> TableEvent {
        guard isFiltering, filterInput.insert(text) else { return .handled }
        return setFilter(filterInput.text)
    }

    /// Selects the row under a mouse click, when the click falls on a row of the table drawn in `rect`.
    public mutating func handle(_ click: MouseClick, in rect: Rect) -> TableEvent {
        let rowsTop = rect.y + TableView.headerHeight
        let line = click.position.y - rowsTop
        guard click.position.x >= rect.x, click.position.x < rect.maxX,
            line >= 0, line < min(visibleRowCount, rect.height - TableView.chromeHeight)
        else { return .ignored }
        let index = scrollTop + line
        guard index < totalCount else { return .handled }
        return moveTo(index)
    }

    private mutating func move(by delta: Int) -> TableEvent {
        moveTo(selection + delta)
    }

    private mutating func page(by direction: Int) -> TableEvent {
        let step = max(1, visibleRowCount - 1)
        let before = selection
        scrollTop = clampedScrollTop(scrollTop + direction * step)
        selection = max(0, min(selection + direction * step, totalCount - 1))
        scrollToSelection()
        return selection == before ? .handled : .selectionChanged(selection)
    }

    private mutating func moveTo(_ index: Int) -> TableEvent {
        guard totalCount > 0 else { return .handled }
        let before = selection
        select(index)
        return selection == before ? .handled : .selectionChanged(selection)
    }

    private mutating func handleFilterKey(_ key: Key) -> TableEvent {
        switch key {
        case .enter:
            isFiltering = false
            return .handled
        case .escape:
            isFiltering = false
            return setFilter("")
        case .up: return move(by: -1)
        case .down: return move(by: 1)
        case .pageUp: return page(by: -1)
        case .pageDown: return page(by: 1)
        default:
            _ = filterInput.handle(key)
            guard filterInput.text != filter else { return .handled }
            return setFilter(filterInput.text)
        }
    }

    private mutating func setFilter(_ query: String) -> TableEvent {
        filter = query
        if filterInput.text != query { filterInput = TextInput(text: query, width: filterWidth) }
        reload()
        return .filterChanged(query)
    }
}
