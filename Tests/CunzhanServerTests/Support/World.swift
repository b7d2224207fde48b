import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// Two villages of one township, their people and records, as the tests' stations create them.
struct World {
    static let township = "530102001"
    let red = Village(code: "530102001001", name: "红旗村")
    let east = Village(code: "530102001002", name: "东风村")
    let admin: User
    let cadre: User
    let secretary: User
    let supervisor: User
    let eastCadre: User
    let group: VillagerGroup
    let household: Household
    let theme = MonthlyTheme(month: "2026-11", title: "饮水安全")
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)

    init() {
        admin = World.user("管理员", .administrator, red.id)
        cadre = World.user("张网格", .cadre, red.id)
        secretary = World.user("王书记", .firstSecretary, red.id)
        supervisor = World.user("赵督导", .supervisor, nil)
        eastCadre = World.user("李网格", .cadre, east.id)
        group = VillagerGroup(villageID: red.id, name: "第一村民小组")
        household = Household(
            villageID: red.id, householdNumber: "5301020010010001", headName: "张三", groupID: group.id,
            address: "红旗村一组1号", phone: "13800138000", kind: .ordinary, population: 4)
    }

    static func user(_ name: String, _ role: Role, _ village: VillageID?) -> User {
        User(name: name, role: role, villageID: village, pinHash: "abcd", pinSalt: "ef01", pinIterations: 10_000)
    }

    func item(in village: Village? = nil, raisedBy: User? = nil) -> RectificationItem {
        RectificationItem(
            villageID: (village ?? red).id, scope: .household, householdID: household.id, source: .visit,
            category: .drinkingWater, title: "自来水不通", raisedBy: (raisedBy ?? cadre).id, raisedOn: today)
    }

    func visit(by user: User? = nil) -> Visit {
        Visit(householdID: household.id, date: today, visitorID: (user ?? cadre).id, notes: "正常")
    }
}

/// Makes a station's ops the way its store does: local sequence, HLC, payload of the record's fields.
struct OpMaker {
    let stationID: String
    private(set) var localSeq: Int64 = 0

    init(stationID: String = "station-" + UUID().uuidString.lowercased()) {
        self.stationID = stationID
    }

    static func text(_ value: some Encodable) -> String {
        String(decoding: (try? SyncCoding.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    mutating func op(
        _ type: EntityType, _ id: String, _ kind: OpKind, payload: String, base: String? = nil, author: User?
    ) -> Op {
        localSeq += 1
        return Op(
            opID: UUID().uuidString.lowercased(), stationID: stationID, localSeq: localSeq,
            txGroup: "group-\(localSeq)", author: author.map { $0.id.description }, entityType: type, entityID: id,
            kind: kind, payload: payload, base: base,
            hlc: HLCTimestamp(physical: 1_790_000_000_000 + localSeq, counter: 0, node: stationID).description,
            appVersion: "test", schemaVersion: 8)
    }

    mutating func create(_ type: EntityType, _ id: some CustomStringConvertible, _ value: some Encodable, author: User?)
        -> Op
    {
        op(type, id.description, .create, payload: OpMaker.text(value), author: author)
    }

    mutating func append(_ type: EntityType, _ id: some CustomStringConvertible, _ value: some Encodable, author: User?)
        -> Op
    {
        op(type, id.description, .append, payload: OpMaker.text(value), author: author)
    }

    mutating func patch(
        _ type: EntityType, _ id: some CustomStringConvertible, _ fields: [String: JSON], base: [String: JSON],
        author: User?
    ) -> Op {
        op(type, id.description, .patch, payload: JSON.text(of: fields), base: JSON.text(of: base), author: author)
    }

    mutating func transition(_ id: RectificationItemID, _ move: ItemTransition, author: User?) -> Op {
        op(.rectificationItem, id.description, .transition, payload: OpMaker.text(move), author: author)
    }

    /// A new visit to the world's household recorded by `author` (visited by the cadre when nil), as an `append` op.
    mutating func visit(_ world: World, author: User?) -> Op {
        let visit = world.visit(by: author ?? world.cadre)
        return append(.visit, visit.id, visit, author: author)
    }

    /// The ops a village station writes at set-up: village, its users, a group, a household.
    mutating func setUp(_ world: World) -> [Op] {
        [
            create(.village, world.red.id, world.red, author: nil),
            create(.user, world.admin.id, world.admin, author: nil),
            create(.user, world.cadre.id, world.cadre, author: world.admin),
            create(.user, world.secretary.id, world.secretary, author: world.admin),
            create(.villagerGroup, world.group.id, world.group, author: world.admin),
            create(.household, world.household.id, world.household, author: world.cadre),
        ]
    }
}
