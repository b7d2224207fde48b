import CunzhanCore
import CunzhanStore
import TerminalUI

/// The visit history's filter keys: month on or off and back or forward, the next visitor, the next result.
extension VisitHistory {
    /// The filter after `key`, or nil when `key` is not a filter key.
    func filterKey(_ key: Key) -> VisitFilter? {
        var changed = filter
        switch key {
        case .character("m"), .character("M"):
            changed.month = filter.month == nil ? context.today().monthKey : nil
        case .character("["):
            changed.month = Self.month(filter.month ?? context.today().monthKey, movedBy: -1)
        case .character("]"):
            changed.month = Self.month(filter.month ?? context.today().monthKey, movedBy: 1)
        case .character("u"), .character("U"):
            changed.visitorID = nextVisitor()
        case .character("r"), .character("R"):
            let results = VisitFilter.Result.allCases
            let index = results.firstIndex(of: filter.result) ?? 0
            changed.result = results[(index + 1) % results.count]
        default:
            return nil
        }
        return changed
    }

    /// The visitor after the chosen one in name order; after the last, every visitor again (nil).
    func nextVisitor() -> UserID? {
        guard let current = filter.visitorID else { return visitors.first?.id }
        guard let index = visitors.firstIndex(where: { $0.id == current }), index + 1 < visitors.count else {
            return nil
        }
        return visitors[index + 1].id
    }

    /// `month` (`YYYY-MM`) moved by `months`; an unreadable month is kept.
    static func month(_ month: String, movedBy months: Int) -> String {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return month }
        let index = parts[0] * 12 + (parts[1] - 1) + months
        return CalendarDate(year: index / 12, month: index % 12 + 1, day: 1)?.monthKey ?? month
    }

    /// The filters in words, for the line above the table: "月份：2026-03　走访人：全部　结果：有不达标".
    var filterSummary: String {
        let month = filter.month ?? "全部"
        let visitor = filter.visitorID.map { id in visitors.first { $0.id == id }?.name ?? "未知" } ?? "全部"
        let result =
            switch filter.result {
            case .any: "全部"
            case .allMet: "全部达标"
            case .someNotMet: "有不达标"
            }
        return "月份：\(month)　走访人：\(visitor)　结果：\(result)"
    }
}
