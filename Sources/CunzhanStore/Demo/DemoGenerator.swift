import CunzhanCore
import Foundation
import GRDB

/// Builds a deterministic, realistic demo data set through the store's real write API.
///
/// The same seed, size and end date give the same domain rows. Visits, inspections and items fall in the
/// twelve months that end on `endDate` (today for `cunzhan --demo`), never after it, so the home screen's
/// "this month" counts are alive whatever the day. Every row gets its op, as with user writes; speed comes
/// from big transactions (one per village) and relaxed durability during generation.
public struct DemoGenerator {
    /// One signed-in person of the demo, with the PIN to type.
    public struct DemoUser: Equatable, Sendable {
        public var name: String
        public var role: Role
        public var pin: String
    }

    /// The fixed users, one per role, listed in the README.
    public static let fixedUsers: [DemoUser] = [
        DemoUser(name: "管理员", role: .administrator, pin: "123456"),
        DemoUser(name: "王书记", role: .firstSecretary, pin: "111111"),
        DemoUser(name: "赵督导", role: .supervisor, pin: "222222"),
        DemoUser(name: "张网格", role: .cadre, pin: "333333"),
    ]
    /// The PIN of every generated grid worker.
    public static let gridWorkerPIN = "333333"
    public static let householdsPerVillage = 400
    public static let householdsPerGroup = 50
    /// The version of what the generator writes. The benchmark names its cached data sets by it (not by the
    /// store's schema), so a schema change migrates a cached county set in place instead of regenerating it
    /// for minutes. Raise it whenever a change here makes the same seed produce different records.
    public static let dataVersion = 1

    public let households: Int
    public let seed: UInt64
    /// The last day of the demo's twelve months: no visit, inspection or item is dated after it.
    public let endDate: CalendarDate
    var random: SeededGenerator
    var usedIDNumbers: Set<String> = []

    public init(households: Int, seed: UInt64, endDate: CalendarDate) {
        self.households = max(households, 1)
        self.seed = seed
        self.endDate = endDate
        random = SeededGenerator(seed: seed)
    }

    /// Writes the data set into `store`, which must hold no households yet; `progress` hears each village.
    public mutating func generate(into store: StationStore, progress: (String) -> Void = { _ in }) throws(StoreError) {
        let existing = try store.householdCount(filter: "")
        guard existing == 0 else {
            throw StoreError(.invalidValue, "数据库中已有 \(existing) 户数据，演示数据只能写入新数据库。请用 --db 指定一个新文件。")
        }
        do {
            try generateAll(into: store, progress: progress)
        } catch {
            throw StoreError.wrap(error)
        }
    }

    private mutating func generateAll(into store: StationStore, progress: (String) -> Void) throws {
        try store.withBulkWritePragmas {
            let villageCount =
                (households + DemoGenerator.householdsPerVillage - 1) / DemoGenerator.householdsPerVillage
            let context = try writeReference(into: store, villages: villageCount)
            var remaining = households
            for (index, village) in context.villages.enumerated() {
                let count = min(remaining, DemoGenerator.householdsPerVillage)
                remaining -= count
                try writeVillage(village, index: index, households: count, context: context, into: store)
                progress("\(village.name)：\(count) 户（\(index + 1)/\(villageCount)）")
            }
        }
    }

    mutating func id<E>() -> EntityID<E> { EntityID(rawValue: random.uuid()) }

    /// A fresh name; women get female given-name characters.
    mutating func personName(surname: String? = nil, female: Bool) -> String {
        let family = surname ?? random.pick(DemoNames.surnames)
        let pool = female ? DemoNames.femaleGiven : DemoNames.maleGiven
        let given = random.chance(70) ? random.pick(pool) + random.pick(pool) : random.pick(pool)
        return family + given
    }

    /// A name read `zs…`: a z surname and a given name starting with an s character.
    mutating func zsName(female: Bool) -> String {
        let first = random.pick(female ? DemoNames.femaleGivenS : DemoNames.maleGivenS)
        let second = random.pick(female ? DemoNames.femaleGiven : DemoNames.maleGiven)
        return random.pick(DemoNames.zSurnames) + first + (random.chance(70) ? second : "")
    }

    /// A valid, unused 18-digit ID number for someone born in `years` of the given sex.
    mutating func idNumber(born years: ClosedRange<Int>, female: Bool) -> IDNumber {
        while true {
            let region = random.pick(DemoNames.regionCodes)
            let birth = CalendarDate(
                dayNumber: Int.random(
                    in: (CalendarDate(year: years.lowerBound, month: 1, day: 1)?.dayNumber ?? 0)...(CalendarDate(
                        year: years.upperBound, month: 12, day: 31)?.dayNumber ?? 0), using: &random))
            var sequence = Int.random(in: 0..<500, using: &random) * 2
            if !female { sequence += 1 }
            let sequenceText = String(repeating: "0", count: 3 - String(sequence).count) + String(sequence)
            let first17 = region + birth.description.replacingOccurrences(of: "-", with: "") + sequenceText
            guard let check = IDNumber.checkCharacter(forFirst17: first17),
                let number = try? IDNumber(first17 + String(check)), !usedIDNumbers.contains(number.value)
            else { continue }
            usedIDNumbers.insert(number.value)
            return number
        }
    }

    /// A random whole-yuan amount in `range`, as money.
    mutating func yuan(_ range: ClosedRange<Int64>) -> Money {
        Money(fen: Int64.random(in: range, using: &random) * Money.fenPerYuan)
    }

    mutating func phone() -> String {
        let prefixes = ["138", "139", "150", "151", "187", "188", "133", "177", "182", "159"]
        return random.pick(prefixes) + String(Int.random(in: 10_000_000...99_999_999, using: &random))
    }
}
