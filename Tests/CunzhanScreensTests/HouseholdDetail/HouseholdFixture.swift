import CunzhanCore
import CunzhanStore
import Foundation
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// A store in a temporary file with one village, group, grid worker and household (head 张三), written
/// through the real write API, and the context the screens get.
struct HouseholdFixture {
    static let today = CalendarDate(year: 2026, month: 3, day: 15) ?? CalendarDate(dayNumber: 0)

    let path: String
    let store: StationStore
    let village = Village(code: "530124100201", name: "和平村")
    let group: VillagerGroup
    let worker: User
    let household: Household
    let head: Member

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("cunzhan-screens-\(UUID().uuidString).sqlite").path
        store = try StationStore(path: path)
        group = VillagerGroup(villageID: village.id, name: "第一村民小组")
        worker = User(
            name: "王网格", role: .cadre, villageID: village.id, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
        household = Household(
            villageID: village.id, householdNumber: "0001", headName: "张三", groupID: group.id, address: "和平村1号",
            phone: "13812345678", kind: .formerlyPoor, monitoringCategory: .marginalAtRisk, risks: [.illness],
            measures: [.health], population: 2)
        head = Member(
            householdID: household.id, relation: .head, idNumber: try IDNumber("11010519491231002X"), name: "张三")
        let (village, group, worker, household, head) = (village, group, worker, household, head)
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            try writer.createGroup(group)
            try writer.createUser(worker)
            try writer.createHousehold(household, members: [head])
        }
    }

    /// The same store file opened again, as after a restart.
    func reopened() throws -> StationStore { try StationStore(path: path) }

    func context(store: StationStore? = nil) -> StationContext {
        StationContext(
            store: store ?? self.store, catalog: .defaults, user: ActingUser(id: worker.id, name: worker.name),
            today: { HouseholdFixture.today })
    }

    /// A program showing the household register of the fixture's store (or `store`), monochrome.
    func registerProgram(store: StationStore? = nil, size: Size = .minimum) throws -> Program {
        let definition = try #require(ScreenCatalog.defaults.list("households"))
        let context = context(store: store)
        let register = HouseholdList(store: context.store, definition: definition, context: context)
        return Program(root: register, theme: .monochrome, size: size)
    }

    /// A program showing this household's detail.
    func detailProgram(size: Size = .minimum) -> Program {
        Program(root: HouseholdDetail(householdID: household.id, context: context()), theme: .monochrome, size: size)
    }

    /// Records a visit by the worker through the write API.
    func recordVisit(on date: CalendarDate, guarantees: Guarantees = .allMet) throws {
        let visit = Visit(householdID: household.id, date: date, visitorID: worker.id, guarantees: guarantees)
        try store.write(author: worker.id) { try $0.recordVisit(visit) }
    }
}

extension Program {
    /// Presses keys in order and returns the frame after the last.
    mutating func press(_ keys: Key...) -> Canvas {
        step(keys.map(InputEvent.key))
    }

    /// Types text one character at a time.
    mutating func type(_ text: String) -> Canvas {
        step(text.map { InputEvent.key(.character($0)) })
    }
}

extension Canvas {
    /// The whole frame as one string, for `contains` checks.
    var text: String { lines.joined(separator: "\n") }
}
