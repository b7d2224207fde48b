import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// The in-memory summary of the issue queue answers as the SQL queries do, on random items and filters.
@Suite("issue queue summary")
struct ItemQueueSummaryTests {
    /// A store with `count` random items over three villages (one left without items), two themes and the
    /// fixture's owners; deadlines fall on few days, so many items share a sort key and the id decides.
    static func randomItems(count: Int, seed: UInt64) throws -> (LoopFixture, themes: [MonthlyThemeID]) {
        let loop = try LoopFixture()
        var random = SeededGenerator(seed: seed)
        let empty = Village(code: "530124100203", name: "前进村")
        try loop.store.write(author: nil) { try $0.createVillage(empty) }
        let themes: [MonthlyThemeID] = [MonthlyThemeID(), MonthlyThemeID()]
        let villages = [loop.village.id, loop.otherVillage.id]
        let owners = [loop.cadre.id, loop.otherCadre.id, loop.secretary.id]
        try loop.store.pool.write { db in
            for (index, theme) in themes.enumerated() {
                try db.execute(
                    sql: "INSERT INTO monthly_themes (id, month, title, details) VALUES (?, ?, ?, '')",
                    arguments: [theme.description, "2026-0\(index + 1)", "主题\(index + 1)"])
            }
            for number in 0..<count {
                let state = RectificationState.allCases.randomElement(using: &random) ?? .inProgress
                let assigned = state != .pendingAssignment || Bool.random(using: &random)
                let deadline = assigned ? "2026-03-\(10 + Int.random(in: 0..<20, using: &random))" : nil
                try db.execute(
                    sql: """
                        INSERT INTO rectification_items (id, village_id, theme_id, scope, source, category, title,
                            details, state, raised_by, raised_on, owner_id, measures, deadline, closed_on)
                        VALUES (?, ?, ?, 'village', 'visit', ?, ?, '', ?, ?, ?, ?, '', ?, ?)
                        """,
                    arguments: [
                        random.uuid().uuidString.lowercased(),
                        villages.randomElement(using: &random)?.description,
                        Bool.random(using: &random) ? themes.randomElement(using: &random)?.description : nil,
                        ItemCategory.allCases.randomElement(using: &random)?.rawValue, "事项\(number)",
                        state.rawValue, loop.cadre.id.description,
                        "2026-02-\(10 + Int.random(in: 0..<5, using: &random))",
                        assigned ? owners.randomElement(using: &random)?.description : nil, deadline,
                        state == .closed ? "2026-03-15" : nil,
                    ])
            }
        }
        return (loop, themes)
    }

    /// A random filter over the values the items have (and, now and then, ones they lack).
    static func randomFilter(
        _ random: inout SeededGenerator, loop: LoopFixture, themes: [MonthlyThemeID]
    ) -> ItemFilter {
        func maybe<T>(_ values: [T]) -> T? {
            Int.random(in: 0..<3, using: &random) == 0 ? values.randomElement(using: &random) : nil
        }
        let day = 8 + Int.random(in: 0..<25, using: &random)
        var filter = ItemFilter(
            today: CalendarDate(year: 2026, month: 3, day: min(day, 31)) ?? LoopFixture.found)
        filter.villageID = maybe([loop.village.id, loop.otherVillage.id, VillageID()])
        filter.themeID = maybe(themes + [MonthlyThemeID()])
        filter.category = maybe(ItemCategory.allCases)
        filter.state = maybe(RectificationState.allCases)
        filter.ownerID = maybe([loop.cadre.id, loop.otherCadre.id, loop.secretary.id, loop.supervisor.id])
        filter.overdueOnly = Bool.random(using: &random)
        filter.sort = Bool.random(using: &random) ? .deadline : .age
        return filter
    }

    @Test("counts per village and pages equal the SQL answers for random filters", arguments: [1, 2, 3] as [UInt64])
    func summaryMatchesSQL(seed: UInt64) throws {
        let (loop, themes) = try Self.randomItems(count: 400, seed: seed)
        let store = loop.store
        let summary = try store.itemQueueSummary()
        #expect(summary.itemCount == 400)
        #expect(summary.villageName(loop.otherVillage.id) == "团结村")
        #expect(summary.villageName(VillageID()) == nil)
        var random = SeededGenerator(seed: seed &* 7919)
        for _ in 0..<60 {
            let filter = Self.randomFilter(&random, loop: loop, themes: themes)
            let expected = try store.villageItemCounts(filter)
            let counted = summary.villageCounts(filter)
            // SQL orders villages of equal count and name arbitrarily; the summary by id then.
            #expect(counted.map(\.items) == expected.map(\.items), "\(filter)")
            #expect(
                Set(counted.map { "\($0.villageID) \($0.villageName) \($0.items) \($0.overdue)" })
                    == Set(expected.map { "\($0.villageID) \($0.villageName) \($0.items) \($0.overdue)" }),
                "\(filter)")
            let sqlPage = try store.itemPage(filter, after: nil, limit: 400).map { $0.cursor(for: filter.sort) }
            #expect(summary.page(filter, after: nil, limit: 400) == sqlPage, "\(filter)")
            #expect(try store.itemCount(filter) == sqlPage.count)
            guard sqlPage.count > 2 else { continue }
            let middle = sqlPage[sqlPage.count / 2]
            #expect(
                summary.page(filter, after: middle, limit: 7)
                    == (try store.itemPage(filter, after: middle, limit: 7).map { $0.cursor(for: filter.sort) }))
            #expect(
                summary.page(filter, before: middle, limit: 7)
                    == (try store.itemPage(filter, before: middle, limit: 7).map { $0.cursor(for: filter.sort) }))
            #expect(summary.page(filter, before: nil, limit: 3) == Array(sqlPage.suffix(3)))
        }
    }

    @Test("rows are read by the summary's page positions, in their order")
    func rowsAtPositions() throws {
        let loop = try LoopQueryTests.sample()
        let filter = ItemFilter(today: LoopQueryTests.today)
        let summary = try loop.store.itemQueueSummary()
        let positions = summary.page(filter, after: nil, limit: 10)
        let rows = try loop.store.itemRows(at: positions)
        #expect(rows == (try loop.store.itemPage(filter, after: nil, limit: 10)))
        #expect(try loop.store.itemRows(at: positions.reversed()).map(\.title) == rows.reversed().map(\.title))
    }

    @Test("a summary read after a change counts the change")
    func rereadAfterChange() throws {
        let loop = try LoopQueryTests.sample()
        var overdue = ItemFilter(today: LoopQueryTests.today)
        overdue.overdueOnly = true
        let before = try loop.store.itemQueueSummary()
        #expect(before.villageCounts(overdue).map(\.items) == [1])
        let roof = try #require(try loop.store.itemPage(overdue, after: nil, limit: 1).first)
        try loop.store.write(author: loop.cadre.id) { writer in
            try writer.transitionItem(roof.id, .submitForVerification(evidence: "已修好"), on: LoopFixture.found)
        }
        try loop.store.write(author: loop.supervisor.id) { writer in
            try writer.transitionItem(roof.id, .close(verificationNote: "已查看"), on: LoopFixture.found)
        }
        #expect(try loop.store.itemQueueSummary().villageCounts(overdue).isEmpty)
        #expect(try loop.store.villageItemCounts(overdue).isEmpty)
    }

    @Test("day numbers order as the day texts and read back to them")
    func dayNumbers() {
        #expect(ItemQueueSummary.dayNumber("2026-03-09") == 20_260_309)
        #expect(ItemQueueSummary.dayText(20_260_309) == "2026-03-09")
        #expect(ItemQueueSummary.dayText(99_991_231) == ItemSort.noDeadline)
        for text in ["2026-3-09", "20260309", "2026-03-091", "", "\u{FFFF}"] {
            #expect(ItemQueueSummary.dayNumber(text) == nil, "\(text)")
        }
    }
}
