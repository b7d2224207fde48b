import CunzhanCore

/// The issue queue's questions answered from the summary: counts per village and the positions of a page.
///
/// Each is one pass over the entries (or, for a page, a binary search and a walk of one list order): a few
/// hundred microseconds for a county's 30,000 items in a release build. The answers equal the store's
/// `villageItemCounts(_:)` and `itemPage(_:after:limit:)` for any filter without words.
extension ItemQueueSummary {
    /// A filter as entry numbers; nil means "all".
    struct Criteria {
        var village: Int32?
        var theme: Int32?
        var owner: Int32?
        var category: UInt8?
        var state: UInt8?
        /// The `yyyymmdd` of today when only overdue items count.
        var overdueBefore: Int32?

        /// Whether `entry` passes every part but the village.
        @inline(__always)
        func matchesIgnoringVillage(_ entry: Entry) -> Bool {
            if let theme, entry.theme != theme { return false }
            if let owner, entry.owner != owner { return false }
            if let category, entry.category != category { return false }
            if let state, entry.state != state { return false }
            if let overdueBefore, entry.state == closedState || entry.deadline >= overdueBefore { return false }
            return true
        }

        @inline(__always)
        func matches(_ entry: Entry) -> Bool {
            if let village, entry.village != village { return false }
            return matchesIgnoringVillage(entry)
        }
    }

    func criteria(for filter: ItemFilter) -> Criteria {
        Criteria(
            village: filter.villageID.map { villageNumbers[$0] ?? Self.absent },
            theme: filter.themeID.map { themeNumbers[$0] ?? Self.absent },
            owner: filter.ownerID.map { ownerNumbers[$0] ?? Self.absent },
            category: filter.category.map { UInt8(ItemCategory.allCases.firstIndex(of: $0) ?? 0) },
            state: filter.state.map { UInt8(RectificationState.allCases.firstIndex(of: $0) ?? 0) },
            overdueBefore: filter.overdueOnly ? Self.dayNumber(filter.today) : nil)
    }

    /// Items per village under every part of `filter` but the village and the words, most first (by name
    /// on a tie): the queue's bars and, summed or for the village kept, its total.
    public func villageCounts(_ filter: ItemFilter) -> [VillageItemCount] {
        let criteria = criteria(for: filter)
        let today = Self.dayNumber(filter.today)
        var items = [Int](repeating: 0, count: villages.count)
        var overdue = [Int](repeating: 0, count: villages.count)
        entries.withUnsafeBufferPointer { entries in
            for entry in entries where criteria.matchesIgnoringVillage(entry) {
                let village = Int(entry.village)
                items[village] += 1
                if entry.state != Self.closedState && entry.deadline < today { overdue[village] += 1 }
            }
        }
        var counts: [VillageItemCount] = []
        for (number, village) in villages.enumerated() where items[number] > 0 {
            counts.append(
                VillageItemCount(
                    villageID: village.id, villageName: village.name, items: items[number], overdue: overdue[number]))
        }
        counts.sort { a, b in
            if a.items != b.items { return a.items > b.items }
            if a.villageName != b.villageName {
                return a.villageName.utf8.lexicographicallyPrecedes(b.villageName.utf8)
            }
            return a.villageID.description < b.villageID.description
        }
        return counts
    }

    /// The positions of up to `limit` items of `filter` after `cursor` (from the start when nil), in the
    /// filter's order: the rows to read for a page.
    public func page(_ filter: ItemFilter, after cursor: ItemCursor?, limit: Int) -> [ItemCursor] {
        let order = order(for: filter.sort)
        var position = 0
        if let cursor {
            guard let key = Self.dayNumber(cursor.key) else { return [] }
            position = firstPosition(in: order, sort: filter.sort) { Self.precedes((key, cursor.id), $0) }
        }
        let criteria = criteria(for: filter)
        var found: [ItemCursor] = []
        while position < order.count, found.count < limit {
            let index = Int(order[position])
            if criteria.matches(entries[index]) { found.append(listPosition(of: index, sort: filter.sort)) }
            position += 1
        }
        return found
    }

    /// The positions of up to `limit` items of `filter` before `cursor` (before the end when nil), in the
    /// filter's order (nearest last).
    public func page(_ filter: ItemFilter, before cursor: ItemCursor?, limit: Int) -> [ItemCursor] {
        let order = order(for: filter.sort)
        var position = order.count
        if let cursor {
            guard let key = Self.dayNumber(cursor.key) else { return [] }
            position = firstPosition(in: order, sort: filter.sort) { !Self.precedes($0, (key, cursor.id)) }
        }
        let criteria = criteria(for: filter)
        var found: [ItemCursor] = []
        while position > 0, found.count < limit {
            position -= 1
            let index = Int(order[position])
            if criteria.matches(entries[index]) { found.append(listPosition(of: index, sort: filter.sort)) }
        }
        return found.reversed()
    }

    func order(for sort: ItemSort) -> [Int32] {
        switch sort {
        case .deadline: byDeadline
        case .age: byRaised
        }
    }

    /// The sort key and id of the entry at `index`.
    func key(of index: Int, sort: ItemSort) -> (key: Int32, id: String) {
        let entry = entries[index]
        return (sort == .deadline ? entry.deadline : entry.raised, ids[index])
    }

    func listPosition(of index: Int, sort: ItemSort) -> ItemCursor {
        let (key, id) = key(of: index, sort: sort)
        return ItemCursor(key: Self.dayText(key), id: id)
    }

    /// The first position in `order` whose entry satisfies `isAfter` (which is false, then true, along it).
    private func firstPosition(
        in order: [Int32], sort: ItemSort, where isAfter: ((key: Int32, id: String)) -> Bool
    ) -> Int {
        var low = 0
        var high = order.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(key(of: Int(order[middle]), sort: sort)) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// `yyyymmdd` as `YYYY-MM-DD`.
    static func dayText(_ number: Int32) -> String {
        let year = Int(number / 10_000)
        let month = Int(number / 100 % 100)
        let day = Int(number % 100)
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }
}
