import CunzhanCore
import CunzhanStore
import Foundation

@testable import CunzhanSyncClient

/// Random but seeded work at the stations: households, patches, visits, items and their transitions,
/// supervision. Stations of one village touch the same records, so conflicts and illegal transitions happen.
struct Workload {
    let world: StationWorld
    var random: SplitMix
    var households: [Household] = []
    var otherHouseholds: [Household] = []
    var items: [RectificationItemID] = []
    var serial = 0

    init(world: StationWorld, seed: UInt64) {
        self.world = world
        random = SplitMix(seed: seed)
    }

    mutating func pick<T>(_ values: [T]) -> T? {
        values.isEmpty ? nil : values[Int(random.next() % UInt64(values.count))]
    }

    mutating func act(on station: StationWorld.Station, count: Int) throws {
        for _ in 0..<count {
            serial += 1
            switch station.name {
            case "乡镇督导站": try supervise(station.store)
            case "东山村站": try eastWork(station.store)
            default: try villageWork(station.store)
            }
        }
    }

    private mutating func villageWork(_ store: StationStore) throws {
        let known = try households.filter { try store.household($0.id) != nil }
        switch known.isEmpty ? 0 : random.next() % 6 {
        case 0:
            let household = Household(
                villageID: StationWorld.village.id, householdNumber: String(format: "%04d", serial),
                headName: pick(StationWorld.names) ?? "张三", groupID: world.group.id, address: "和平村\(serial)号",
                phone: nil, kind: .ordinary, population: 1)
            try store.write(author: world.cadre.id) { try $0.createHousehold(household) }
            households.append(household)
        case 1, 2:
            guard let pick = pick(known), var current = try store.household(pick.id) else { return }
            current.population = Int(random.next() % 6) + 1
            if random.next() % 2 == 0 { current.address = "改\(serial)号" }
            try store.write(author: world.cadre.id) { try $0.updateHousehold(current) }
        case 3:
            guard let pick = pick(known) else { return }
            let visit = Visit(
                householdID: pick.id, date: StationWorld.day, visitorID: world.cadre.id, notes: "走访\(serial)")
            try store.write(author: world.cadre.id) { try $0.recordVisit(visit) }
        case 4:
            guard let pick = pick(known) else { return }
            let item = RectificationItem(
                villageID: StationWorld.village.id, scope: .household, householdID: pick.id, source: .visit,
                category: .housing, title: "问题\(serial)", raisedBy: world.cadre.id, raisedOn: StationWorld.day)
            try store.write(author: world.cadre.id) { try $0.raiseItem(item) }
            items.append(item.id)
        default:
            try moveAnItem(store)
        }
    }

    /// 定责 as the first secretary or 提交验收 as the owner, whichever the item's state here allows.
    private mutating func moveAnItem(_ store: StationStore) throws {
        guard let id = pick(items), let item = try store.item(id) else { return }
        let deadline = CalendarDate(dayNumber: StationWorld.day.dayNumber + 40)
        let (author, action): (UserID, RectificationAction) =
            switch item.state {
            case .pendingAssignment:
                (world.secretary.id, .assign(owner: world.cadre.id, measures: "整改", deadline: deadline))
            case .inProgress: (world.cadre.id, .submitForVerification(evidence: "已完成\(serial)"))
            default: (world.cadre.id, .submitForVerification(evidence: "-"))
            }
        try? store.write(author: author) { try $0.transitionItem(id, action, on: StationWorld.day) }
    }

    private mutating func supervise(_ store: StationStore) throws {
        guard let id = pick(items), let item = try store.item(id) else { return }
        if item.state == .awaitingVerification {
            let action: RectificationAction =
                random.next() % 3 == 0 ? .sendBack(reason: "佐证不足") : .close(verificationNote: "核验通过")
            try? store.write(author: world.supervisor.id) { try $0.transitionItem(id, action, on: StationWorld.day) }
        } else {
            let record = SupervisionRecord(
                itemID: id, villageID: StationWorld.village.id, supervisorID: world.supervisor.id,
                date: StationWorld.day, onSite: true, findings: "督导\(serial)")
            try? store.write(author: world.supervisor.id) { try $0.addSupervision(record) }
        }
    }

    private mutating func eastWork(_ store: StationStore) throws {
        if otherHouseholds.isEmpty || random.next() % 2 == 0 {
            let household = Household(
                villageID: StationWorld.otherVillage.id, householdNumber: String(format: "%04d", serial),
                headName: pick(StationWorld.names) ?? "张三", groupID: world.otherGroup.id, address: "东山村\(serial)号",
                phone: nil, kind: .ordinary, population: 2)
            try store.write(author: world.otherCadre.id) { try $0.createHousehold(household) }
            otherHouseholds.append(household)
        } else if let pick = pick(otherHouseholds) {
            let visit = Visit(
                householdID: pick.id, date: StationWorld.day, visitorID: world.otherCadre.id, notes: "走访\(serial)")
            try store.write(author: world.otherCadre.id) { try $0.recordVisit(visit) }
        }
    }
}
