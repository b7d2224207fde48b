import Crypto
import CunzhanCore
import Foundation
import GRDB

/// A canonical summary of a scope's data: one stable text line per record, and the SHA-256 of them all.
///
/// Two replicas hold the same data in a scope exactly when their checksums are equal, whatever order they
/// received the ops in: records are sorted by type and id, fields are JSON with sorted keys, and withdrawn
/// records carry their void reason. Users are counted when they belong to a village of the scope;
/// township-wide reference data (monthly themes, users without a village) is left out.
public struct ScopeChecksum: Sendable, Equatable, CustomStringConvertible {
    public var scope: String
    public var recordCount: Int
    public var sha256: String
    /// The canonical lines, kept so a failing comparison can show the first difference.
    public var lines: [String]

    public var description: String { "\(scope): \(recordCount) 条，\(sha256.prefix(16))" }
}

extension StationStore {
    /// The canonical checksum of every record whose village code starts with `scope` (a 12-digit village
    /// code, or a 9-digit township prefix).
    public func scopeChecksum(_ scope: String) throws(StoreError) -> ScopeChecksum {
        try read { db in
            let villages = try Row.fetchAll(db, sql: "SELECT id, code FROM villages").reduce(into: [String: String]()) {
                $0[$1["id"]] = $1["code"]
            }
            func inScope(_ villageID: String?) -> Bool {
                guard let villageID, let code = villages[villageID] else { return false }
                return code.hasPrefix(scope)
            }
            let householdVillage = try map(db, "SELECT id, village_id FROM households")
            let itemVillage = try map(db, "SELECT id, village_id FROM rectification_items")
            let byHousehold: (String?) -> Bool = { inScope($0.flatMap { householdVillage[$0] }) }
            let byItem: (String?) -> Bool = { inScope($0.flatMap { itemVillage[$0] }) }
            let owners: [(EntityType, String)] = [
                (.village, "SELECT id, id FROM villages"),
                (.villagerGroup, "SELECT id, village_id FROM villager_groups"),
                (.grid, "SELECT id, village_id FROM grids"),
                (.user, "SELECT id, village_id FROM users"),
                (.household, "SELECT id, village_id FROM households"),
                (.member, "SELECT id, household_id FROM members"),
                (.visit, "SELECT id, household_id FROM visits"),
                (.incomeSurvey, "SELECT id, household_id FROM income_surveys"),
                (.inspection, "SELECT id, household_id FROM inspections"),
                (.rectificationItem, "SELECT id, village_id FROM rectification_items"),
                (.progressEntry, "SELECT id, item_id FROM progress_entries"),
                (.supervisionRecord, "SELECT id, item_id FROM supervision_records"),
            ]
            var lines: [String] = []
            for (type, sql) in owners {
                let owner = try map(db, sql)
                let test: (String?) -> Bool
                switch type {
                case .member, .visit, .incomeSurvey, .inspection: test = byHousehold
                case .progressEntry, .supervisionRecord: test = byItem
                default: test = inScope
                }
                for id in owner.keys.sorted() where test(owner[id]) {
                    guard var fields = try StoredEntities.localFields(db, type: type, id: id) else { continue }
                    for name in StoredEntities.localOnlyFields { fields[name] = nil }
                    let void = try StoredEntities.localVoidReason(db, type: type, id: id)
                    lines.append(
                        "\(type.rawValue)\t\(id)\t\(ColumnCoding.json(JSONValue.object(fields)))\t\(void ?? "-")")
                }
            }
            var hasher = SHA256()
            for line in lines { hasher.update(data: Data((line + "\n").utf8)) }
            let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
            return ScopeChecksum(scope: scope, recordCount: lines.count, sha256: digest, lines: lines)
        }
    }

    private func map(_ db: Database, _ sql: String) throws -> [String: String] {
        try Row.fetchAll(db, sql: sql).reduce(into: [String: String]()) { result, row in
            if let key: String = row[0] { result[key] = row[1] }
        }
    }
}
