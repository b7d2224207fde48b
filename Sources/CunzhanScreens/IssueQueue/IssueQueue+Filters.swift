import CunzhanCore
import CunzhanStore
import TerminalUI

/// The issue queue's filter keys and the per-village view's keys.
extension IssueQueue {
    /// The filter after `key`, or nil when `key` is not a filter key.
    func filterKey(_ key: Key) -> ItemFilter? {
        var changed = filter
        switch key {
        case .character("d"): changed.overdueOnly.toggle()
        case .character("x"): changed.sort = filter.sort == .deadline ? .age : .deadline
        case .character("s"): changed.state = Self.next(after: filter.state, in: RectificationState.allCases)
        case .character("c"): changed.category = Self.next(after: filter.category, in: ItemCategory.allCases)
        case .character("t"): changed.themeID = Self.next(after: filter.themeID, in: themes.map(\.id))
        case .character("o"):
            let candidates = owners.filter { filter.villageID == nil || $0.villageID == filter.villageID }
            changed.ownerID = Self.next(after: filter.ownerID, in: candidates.map(\.id))
        case .character("0"):
            changed = ItemFilter(sort: filter.sort, today: filter.today)
        default:
            return nil
        }
        return changed
    }

    /// The value after `current` in `values`; after the last (or from a value no longer there), nil for all.
    static func next<Value: Equatable>(after current: Value?, in values: [Value]) -> Value? {
        guard let current else { return values.first }
        guard let index = values.firstIndex(of: current), index + 1 < values.count else { return nil }
        return values[index + 1]
    }

    /// Keys of the per-village view: move, Enter keeps a village, `a` all villages, Tab or Esc back.
    mutating func villagesKey(_ key: Key) -> [ScreenCommand] {
        switch key {
        case .up, .character("k"): countSelection = max(0, countSelection - 1)
        case .down, .character("j"): countSelection = min(max(0, counts.count - 1), countSelection + 1)
        case .pageUp: countSelection = max(0, countSelection - max(1, tableRect.height - 1))
        case .pageDown: countSelection = min(max(0, counts.count - 1), countSelection + max(1, tableRect.height - 1))
        case .enter:
            guard counts.indices.contains(countSelection) else { return [] }
            var changed = filter
            changed.villageID = counts[countSelection].villageID
            mode = .items
            return apply(changed)
        case .character("a"):
            var changed = filter
            changed.villageID = nil
            mode = .items
            return apply(changed)
        case .tab, .escape:
            mode = .items
        default:
            break
        }
        let visible = max(1, tableRect.height - 1)
        if countSelection < countTop { countTop = countSelection }
        if countSelection >= countTop + visible { countTop = countSelection - visible + 1 }
        return []
    }

    /// The filters in words for a line of `width` columns, and what did not fit on it (for the next line).
    ///
    /// Every filter with its label when that fits ("村：全部　主题：全部　…　含未逾期　按整改时限", 80
    /// columns with no filter set); otherwise only the filters that are set ("村：和平村　待交办　只看逾期
    /// 按整改时限"), and the parts past the width go on the next line whole, never cut.
    func filterSummary(width: Int) -> (line: String, rest: [String]) {
        let full = summaryParts(compact: false)
        if DisplayWidth.of(full.joined(separator: Self.gap)) <= width { return (full.joined(separator: Self.gap), []) }
        var line = ""
        var rest: [String] = []
        for part in summaryParts(compact: true) {
            let joined = line.isEmpty ? part : line + Self.gap + part
            if rest.isEmpty, DisplayWidth.of(joined) <= width || line.isEmpty {
                line = joined
            } else {
                rest.append(part)
            }
        }
        return (line, rest)
    }

    static let gap = "　"

    /// The filters as separate phrases: all of them labelled, or (compact) only those set, the labels
    /// left off where the value speaks for itself (a category, a state).
    func summaryParts(compact: Bool) -> [String] {
        // The summary knows every village's name, also one the other filters leave without items.
        let village = filter.villageID.map { id in
            counts.first { $0.villageID == id }?.villageName ?? summary?.villageName(id) ?? "本村"
        }
        let theme = filter.themeID.map { id in themes.first { $0.id == id }?.title ?? "?" }
        let owner = filter.ownerID.map { id in owners.first { $0.id == id }?.name ?? "?" }
        let words = table.filter.isEmpty ? [] : ["含“\(table.filter)”"]
        guard compact else {
            return [
                "村：\(village ?? "全部")", "主题：\(theme ?? "全部")", "类别：\(filter.category?.label ?? "全部")",
                "状态：\(filter.state?.label ?? "全部")", "责任人：\(owner ?? "全部")",
                filter.overdueOnly ? "只看逾期" : "含未逾期", filter.sort.label,
            ] + words
        }
        var parts: [String] = []
        if let village { parts.append("村：\(village)") }
        if let theme { parts.append("主题：\(theme)") }
        if let category = filter.category { parts.append(category.label) }
        if let state = filter.state { parts.append(state.label) }
        if let owner { parts.append("责任人：\(owner)") }
        if filter.overdueOnly { parts.append("只看逾期") }
        if parts.isEmpty { parts.append("全部事项") }
        return parts + [filter.sort.label] + words
    }
}
