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

    /// The filters in words: "村：全部　主题：全部　类别：全部　状态：全部　责任人：全部　逾期：全部　按整改时限".
    var filterSummary: String {
        let village = filter.villageID.map { id in counts.first { $0.villageID == id }?.villageName ?? "本村" } ?? "全部"
        let theme = filter.themeID.map { id in themes.first { $0.id == id }?.title ?? "?" } ?? "全部"
        let owner = filter.ownerID.map { id in owners.first { $0.id == id }?.name ?? "?" } ?? "全部"
        return "村：\(village)　主题：\(theme)　类别：\(filter.category?.label ?? "全部")　状态：\(filter.state?.label ?? "全部")"
            + "　责任人：\(owner)　\(filter.overdueOnly ? "只看逾期" : "含未逾期")　\(filter.sort.label)"
            + (table.filter.isEmpty ? "" : "　含“\(table.filter)”")
    }
}
