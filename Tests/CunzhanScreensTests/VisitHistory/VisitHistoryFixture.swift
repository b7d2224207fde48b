import CunzhanCore
import CunzhanStore
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// The household fixture (张三, worker 王网格, today 2026-03-15) with a second household 李四, a first
/// secretary 李书记, and four visits: 张三 on 02-10 and 03-12 by 王网格, 李四 on 03-05 by 李书记 with
/// 住房安全 不达标 and not acknowledged, 李四 on 03-14 by 王网格.
struct VisitHistoryFixture {
    let base: HouseholdFixture
    let secretary: User
    let li: Household

    init() throws {
        base = try HouseholdFixture()
        let secretary = User(
            name: "李书记", role: .firstSecretary, villageID: base.village.id, pinHash: "00", pinSalt: "00",
            pinIterations: 100_000)
        let li = Household(
            villageID: base.village.id, householdNumber: "0002", headName: "李四", groupID: base.group.id,
            address: "和平村2号", phone: nil, kind: .ordinary, population: 3)
        var unmet = Guarantees.allMet
        unmet.housing = Guarantees.Check(.notMet, note: "漏雨")
        let (zhang, worker) = (base.household.id, base.worker.id)
        let visits = [
            Visit(householdID: zhang, date: try CalendarDate(parsing: "2026-02-10"), visitorID: worker),
            Visit(householdID: zhang, date: try CalendarDate(parsing: "2026-03-12"), visitorID: worker),
            Visit(
                householdID: li.id, date: try CalendarDate(parsing: "2026-03-05"), visitorID: secretary.id,
                guarantees: unmet, acknowledged: false),
            Visit(householdID: li.id, date: try CalendarDate(parsing: "2026-03-14"), visitorID: worker),
        ]
        try base.store.write(author: worker) { writer in
            try writer.createUser(secretary)
            try writer.createHousehold(li)
            for visit in visits { try writer.recordVisit(visit) }
        }
        self.secretary = secretary
        self.li = li
    }

    /// A program showing the visit history, monochrome.
    func program(size: Size = .minimum) throws -> Program {
        let definition = try #require(ScreenCatalog.defaults.list("visits"))
        return Program(
            root: VisitHistory(definition: definition, context: base.context()), theme: .monochrome, size: size)
    }
}

extension Canvas {
    /// The lines that show a visit: those starting with a date.
    var visitLines: [String] {
        lines.filter { $0.range(of: #"^20\d\d-\d\d-\d\d"#, options: .regularExpression) != nil }
    }
}
