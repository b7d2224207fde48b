import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// The server's statements, written once in the SQL both backends accept (`?` placeholders, `ON CONFLICT`,
/// `RETURNING`), run on whichever `SQLExecutor` the backend lends for the transaction.
struct SQLTransaction: StorageTransaction {
    let connection: any SQLExecutor

    func insertStation(_ station: StationRecord, tokenHash: String) async throws {
        try await connection.query(
            "INSERT INTO stations (name, station_id, token_hash, scopes, revoked, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                .text(station.name), station.stationID.sqlValue, .text(tokenHash),
                .text(StationRecord.scopesText(station.scopes)), .integer(station.revoked ? 1 : 0),
                .text(ServerClock.text(station.enrolledAt)),
            ])
    }

    func station(tokenHash: String) async throws -> StationRecord? {
        try await stations(where: "token_hash = ?", [.text(tokenHash)]).first
    }

    func tokenHash(named name: String) async throws -> String? {
        try await connection.query("SELECT token_hash FROM stations WHERE name = ?", [.text(name)]).first?[0].text
    }

    func station(named name: String) async throws -> StationRecord? {
        try await stations(where: "name = ?", [.text(name)]).first
    }

    func station(boundTo stationID: String) async throws -> StationRecord? {
        try await stations(where: "station_id = ?", [.text(stationID)]).first
    }

    func bindStation(named name: String, to stationID: String) async throws {
        try await connection.query(
            "UPDATE stations SET station_id = ? WHERE name = ?", [.text(stationID), .text(name)])
    }

    func revokeStation(named name: String) async throws {
        try await connection.query("UPDATE stations SET revoked = 1 WHERE name = ?", [.text(name)])
    }

    func stations() async throws -> [StationRecord] {
        try await stations(where: "1 = 1", [])
    }

    private func stations(where condition: String, _ arguments: [SQLValue]) async throws -> [StationRecord] {
        try await connection.query(
            "SELECT name, station_id, scopes, revoked, enrolled_at FROM stations WHERE \(condition) ORDER BY name",
            arguments
        ).map { row in
            StationRecord(
                name: row[0].text ?? "", stationID: row[1].text, scopes: StationRecord.scopes(from: row[2].text ?? ""),
                revoked: row[3].integer == 1, enrolledAt: ServerClock.date(row[4].text))
        }
    }

    func acceptedSeq(opID: String) async throws -> Int64? {
        try await connection.query("SELECT server_seq FROM ops WHERE op_id = ?", [.text(opID)]).first?[0].integer
    }

    func acceptedSeqs(opIDs: [String]) async throws -> [String: Int64] {
        var found: [String: Int64] = [:]
        for chunk in SQLTransaction.chunks(opIDs) {
            let rows = try await connection.query(
                "SELECT op_id, server_seq FROM ops WHERE op_id IN (\(SQLTransaction.placeholders(chunk.count)))",
                chunk.map(SQLValue.text))
            for row in rows {
                if let id = row[0].text, let seq = row[1].integer { found[id] = seq }
            }
        }
        return found
    }

    func appendOp(_ op: Op, villageCode: String?, conflict: Bool, receivedAt: Date) async throws -> Int64 {
        let seq = try await connection.query(
            """
            INSERT INTO ops (op_id, station_id, local_seq, tx_group, author, entity_type, entity_id, village_code, kind,
                payload, base, hlc, app_version, schema_version, outcome, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING server_seq
            """,
            [
                .text(op.opID), .text(op.stationID), .integer(op.localSeq), .text(op.txGroup), op.author.sqlValue,
                .text(op.entityType.rawValue), .text(op.entityID), villageCode.sqlValue, .text(op.kind.rawValue),
                .text(op.payload), op.base.sqlValue, .text(op.hlc), .text(op.appVersion),
                .integer(Int64(op.schemaVersion)), .text(conflict ? "conflict" : "applied"),
                .text(ServerClock.text(receivedAt)),
            ]
        ).first?[0].integer
        guard let seq else { throw StorageError("服务器数据库没有返回新操作的序号") }
        return seq
    }

    func recordRejection(_ op: Op, rejection: Rejection, receivedAt: Date) async throws {
        let opText = String(decoding: try SyncCoding.encode(op), as: UTF8.self)
        try await connection.query(
            """
            INSERT INTO rejected_ops (op_id, station_id, op, code, message, received_at)
            SELECT ?, ?, ?, ?, ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM rejected_ops WHERE op_id = ? AND op = ? AND code = ? AND message = ?)
            """,
            [
                .text(op.opID), .text(op.stationID), .text(opText), .text(rejection.code.rawValue),
                .text(rejection.message), .text(ServerClock.text(receivedAt)), .text(op.opID), .text(opText),
                .text(rejection.code.rawValue), .text(rejection.message),
            ])
    }

    func ops(after seq: Int64, limit: Int, scopes: [SyncScope]) async throws -> [ServerOp] {
        let scopeConditions = ["village_code IS NULL"] + scopes.map { _ in "village_code LIKE ?" }
        let sql = """
            SELECT server_seq, village_code, op_id, station_id, local_seq, tx_group, author, entity_type, entity_id,
                kind, payload, base, hlc, app_version, schema_version
            FROM ops WHERE server_seq > ? AND (\(scopeConditions.joined(separator: " OR ")))
            ORDER BY server_seq LIMIT ?
            """
        let arguments = [SQLValue.integer(seq)] + scopes.map { .text($0.code + "%") } + [.integer(Int64(limit))]
        return try await connection.query(sql, arguments).map { row throws(StorageError) -> ServerOp in
            guard let type = row[7].text.flatMap(EntityType.init(rawValue:)),
                let kind = row[9].text.flatMap(OpKind.init(rawValue:))
            else { throw StorageError("服务器数据库中的操作 \(row[2].text ?? "") 类型无效") }
            let op = Op(
                opID: row[2].text ?? "", stationID: row[3].text ?? "", localSeq: row[4].integer ?? 0,
                txGroup: row[5].text ?? "", author: row[6].text, entityType: type, entityID: row[8].text ?? "",
                kind: kind, payload: row[10].text ?? "{}", base: row[11].text, hlc: row[12].text ?? "",
                appVersion: row[13].text ?? "", schemaVersion: Int(row[14].integer ?? 0))
            return ServerOp(serverSeq: row[0].integer ?? 0, villageCode: row[1].text, op: op)
        }
    }

    func lastSeq() async throws -> Int64 {
        try await connection.query("SELECT COALESCE(MAX(server_seq), 0) FROM ops", []).first?[0].integer ?? 0
    }

    func opCount() async throws -> Int64 {
        try await connection.query("SELECT COUNT(*) FROM ops", []).first?[0].integer ?? 0
    }

    func entity(_ type: EntityType, _ id: String) async throws -> EntityRecord? {
        guard
            let row = try await connection.query(
                "SELECT village_code, fields, voided FROM entities WHERE entity_type = ? AND entity_id = ?",
                [.text(type.rawValue), .text(id)]
            ).first
        else { return nil }
        return EntityRecord(
            type: type, id: id, villageCode: row[0].text, fields: JSONText.parseObject(row[1].text ?? "") ?? [:],
            voided: row[2].integer == 1)
    }

    func entities(_ type: EntityType, ids: [String]) async throws -> [EntityRecord] {
        var records: [EntityRecord] = []
        for chunk in SQLTransaction.chunks(ids) {
            let rows = try await connection.query(
                """
                SELECT entity_id, village_code, fields, voided FROM entities
                WHERE entity_type = ? AND entity_id IN (\(SQLTransaction.placeholders(chunk.count)))
                """,
                [.text(type.rawValue)] + chunk.map(SQLValue.text))
            for row in rows {
                records.append(
                    EntityRecord(
                        type: type, id: row[0].text ?? "", villageCode: row[1].text,
                        fields: JSONText.parseObject(row[2].text ?? "") ?? [:], voided: row[3].integer == 1))
            }
        }
        return records
    }

    func saveEntity(_ entity: EntityRecord) async throws {
        try await connection.query(
            """
            INSERT INTO entities (entity_type, entity_id, village_code, fields, voided) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (entity_type, entity_id) DO UPDATE SET
                village_code = excluded.village_code, fields = excluded.fields, voided = excluded.voided
            """,
            [
                .text(entity.type.rawValue), .text(entity.id), entity.villageCode.sqlValue,
                .text(JSONText.text(of: entity.fields)), .integer(entity.voided ? 1 : 0),
            ])
    }

    func blocks(stationID: String) async throws -> [EntityBlock] {
        try await connection.query(
            "SELECT entity_type, entity_id, op_id, local_seq, tx_group FROM blocked_entities WHERE station_id = ?",
            [.text(stationID)]
        ).compactMap { row in
            guard let type = row[0].text.flatMap(EntityType.init(rawValue:)) else { return nil }
            return EntityBlock(
                stationID: stationID, entityType: type, entityID: row[1].text ?? "", opID: row[2].text ?? "",
                localSeq: row[3].integer ?? 0, txGroup: row[4].text ?? "")
        }
    }

    func saveBlock(_ block: EntityBlock) async throws {
        try await connection.query(
            """
            INSERT INTO blocked_entities (station_id, entity_type, entity_id, op_id, local_seq, tx_group)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (station_id, entity_type, entity_id) DO UPDATE SET
                op_id = excluded.op_id, local_seq = excluded.local_seq, tx_group = excluded.tx_group
            """,
            [
                .text(block.stationID), .text(block.entityType.rawValue), .text(block.entityID), .text(block.opID),
                .integer(block.localSeq), .text(block.txGroup),
            ])
    }

    func removeBlock(stationID: String, type: EntityType, id: String) async throws {
        try await connection.query(
            "DELETE FROM blocked_entities WHERE station_id = ? AND entity_type = ? AND entity_id = ?",
            [.text(stationID), .text(type.rawValue), .text(id)])
    }

    func villageDigests() async throws -> [ScopeDigest] {
        try await connection.query("SELECT village_code, op_count, checksum FROM village_digests", []).map { row in
            ScopeDigest(scope: row[0].text ?? "", opCount: row[1].integer ?? 0, checksum: row[2].text ?? "")
        }
    }

    func saveVillageDigest(_ digest: ScopeDigest) async throws {
        try await connection.query(
            """
            INSERT INTO village_digests (village_code, op_count, checksum) VALUES (?, ?, ?)
            ON CONFLICT (village_code) DO UPDATE SET op_count = excluded.op_count, checksum = excluded.checksum
            """,
            [.text(digest.scope), .integer(digest.opCount), .text(digest.checksum)])
    }

    /// `count` comma-separated placeholders for an `IN (…)` list.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// `values` cut into lists of a few fixed lengths, so the backends prepare few distinct statements.
    static func chunks(_ values: [String]) -> [[String]] {
        var chunks: [[String]] = []
        var start = 0
        while start < values.count {
            let remaining = values.count - start
            let size = [256, 64, 16, 4, 1].first { $0 <= remaining } ?? 1
            chunks.append(Array(values[start..<start + size]))
            start += size
        }
        return chunks
    }
}
