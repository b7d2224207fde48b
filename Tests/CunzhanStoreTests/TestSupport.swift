import CunzhanCore
import Foundation

@testable import CunzhanStore

/// A fresh store in its own temporary file.
func makeStore(clock: StoreClock = .system) throws -> StationStore {
    try StationStore(path: temporaryPath(), clock: clock)
}

func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("cunzhan-test-\(UUID().uuidString).sqlite").path
}

func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

/// A valid ID number for test data: region, birth date and sequence, with its check character.
func idNumber(_ first17: String) throws -> IDNumber {
    try IDNumber(first17 + String(IDNumber.checkCharacter(forFirst17: first17) ?? "0"))
}

/// A village with one group, a grid worker and a grid, written through the API.
struct Fixture {
    var village = Village(code: "530124100201", name: "和平村")
    var group: VillagerGroup
    var worker: User
    var grid: Grid

    init(store: StationStore) throws {
        let village = self.village
        group = VillagerGroup(villageID: village.id, name: "第一村民小组")
        worker = User(
            name: "张网格", role: .cadre, villageID: village.id, pinHash: "00", pinSalt: "00", pinIterations: 100_000)
        grid = Grid(villageID: village.id, groupID: group.id, name: "第一网格", workerID: worker.id)
        let (group, worker, grid) = (group, worker, grid)
        try store.write(author: nil) { writer in
            try writer.createVillage(village)
            try writer.createGroup(group)
            try writer.createUser(worker)
            try writer.createGrid(grid)
        }
    }

    func household(_ name: String, number: String, phone: String? = nil) -> Household {
        Household(
            villageID: village.id, householdNumber: number, headName: name, groupID: group.id, address: "和平村1号",
            phone: phone, kind: .ordinary, population: 1)
    }
}

/// Counts rows of a table, for tests.
func count(_ store: StationStore, _ table: String) throws -> Int {
    try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
}
