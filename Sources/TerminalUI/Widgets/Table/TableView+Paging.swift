/// How the table decides which rows to ask for and how it takes them in.
extension TableView {
    /// The rows the table needs next to cover the viewport and its margins, or nil when it has them.
    ///
    /// Requests are always contiguous with the window (after its last row, before its first) or
    /// anchored at an end of the table (first, last), so a store answers each with one keyset query.
    public var pendingRequest: TableRowRequest? {
        guard hasLoaded else { return .first(count: visibleRowCount + margin) }
        guard totalCount > 0 else { return nil }
        let wantedStart = max(0, scrollTop - margin)
        let wantedEnd = min(totalCount, scrollTop + visibleRowCount + margin)
        let windowEnd = windowStart + window.count
        guard let first = window.first, let last = window.last else {
            return .first(count: visibleRowCount + margin)
        }
        // Far from what is held (Home, End): start again from the nearer end of the table.
        if scrollTop + visibleRowCount <= windowStart - margin || scrollTop >= windowEnd + margin {
            if scrollTop + visibleRowCount >= totalCount - margin {
                return .last(count: min(totalCount, visibleRowCount + margin))
            }
            if scrollTop <= margin { return .first(count: visibleRowCount + margin) }
        }
        if windowEnd < wantedEnd, windowEnd < totalCount {
            return .after(rowID: last.id, count: wantedEnd - windowEnd + margin / 2)
        }
        if windowStart > wantedStart {
            return .before(rowID: first.id, count: windowStart - wantedStart + margin / 2)
        }
        return nil
    }

    /// Takes in the rows that answer `request`, updating the total and trimming the far end.
    public mutating func receive(_ page: TableRowPage, for request: TableRowRequest) {
        totalCount = max(0, page.totalCount)
        let rows = Array(page.rows.prefix(max(0, request.count)))
        switch request {
        case .first:
            window = rows
            windowStart = 0
        case .last:
            window = rows
            windowStart = max(0, totalCount - rows.count)
        case .after(let rowID, _):
            if window.last?.id == rowID {
                window += rows
            } else {
                window = rows
                windowStart = totalCount - rows.count
            }
        case .before(let rowID, _):
            if window.first?.id == rowID {
                window = rows + window
                windowStart -= rows.count
            } else {
                window = rows
                windowStart = 0
            }
        }
        windowStart = max(0, windowStart)
        hasLoaded = true
        if page.rows.count < request.count, case .after = request {
            // The table ended earlier than the total said: believe the rows.
            totalCount = windowStart + window.count
        }
        selection = max(0, min(selection, totalCount - 1))
        scrollTop = clampedScrollTop(scrollTop)
        scrollToSelection()
        trimWindow()
    }

    /// Answers every pending request from `source` until the viewport is covered.
    public mutating func fill(from source: some TableDataSource) throws {
        var rounds = 0
        while let request = pendingRequest, rounds < 8 {
            receive(try source.page(for: request), for: request)
            rounds += 1
        }
    }

    /// Drops rows more than two margins away from the viewport, so the window stays a few screens long.
    private mutating func trimWindow() {
        guard window.count > capacity else { return }
        let keepStart = max(windowStart, scrollTop - 2 * margin)
        let keepEnd = min(windowStart + window.count, scrollTop + visibleRowCount + 2 * margin)
        guard keepStart < keepEnd else { return }
        window = Array(window[(keepStart - windowStart)..<(keepEnd - windowStart)])
        windowStart = keepStart
    }
}
