import CunzhanCore
import Foundation
import GRDB
import Testing

@testable import CunzhanStore

/// The v9 migration brings a schema-8 store along: households get their group's grid, 长期外出 moves from
/// the kept answers to its column, contact dates are computed, grids cover their one group.
@Suite struct GridsMigrationTests {
    @Test func aSchema8StoreIsBroughtAlong() throws {
        let queue = try DatabaseQueue(path: temporaryPath())
        try StationStore.migrator.migrate(queue, upTo: "v8 form answers")
        let ids = (
            village: UUID().uuidString, group: UUID().uuidString, grid: UUID().uuidString,
            user: UUID().uuidString, away: UUID().uuidString, home: UUID().uuidString
        )
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO villages (id, code, name) VALUES (?, '530124100201', '和平村')",
                arguments: [ids.village])
            try db.execute(
                sql: "INSERT INTO villager_groups (id, village_id, name) VALUES (?, ?, '一组')",
                arguments: [ids.group, ids.village])
            try db.execute(
                sql: """
                    INSERT INTO users (id, name, role, village_id, pin_hash, pin_salt, pin_iterations, disabled)
                    VALUES (?, '张网格', 'cadre', ?, '00', '00', 100000, 0)
                    """, arguments: [ids.user, ids.village])
            try db.execute(
                sql: "INSERT INTO grids (id, village_id, group_id, name, worker_id) VALUES (?, ?, ?, '第一网格', ?)",
                arguments: [ids.grid, ids.village, ids.group, ids.user])
            for (id, number, answers) in [
                (ids.away, "0001", #"{"long_absent":"是","notes":"在外务工"}"#),
                (ids.home, "0002", #"{"long_absent":"否"}"#),
            ] {
                try db.execute(
                    sql: """
                        INSERT INTO households (id, village_id, household_number, head_name, group_id, address, kind,
                            risks, measures, population, given_name, search_initials, search_pinyin, answers)
                        VALUES (?, ?, ?, '张三', ?, '', 'ordinary', '[]', '[]', 1, '三', 'zs', 'zhangsan', ?)
                        """, arguments: [id, ids.village, number, ids.group, answers])
            }
            for (method, date) in [("phone", "2026-01-05"), ("inPerson", "2025-12-01")] {
                try db.execute(
                    sql: """
                        INSERT INTO inspections (id, grid_id, household_id, inspector_id, date, method, result, notes)
                        VALUES (?, ?, ?, ?, ?, ?, 'normal', '')
                        """, arguments: [UUID().uuidString, ids.grid, ids.home, ids.user, date, method])
            }
        }
        try StationStore.migrator.migrate(queue)
        try queue.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT grid_id, long_absent, answers, last_in_person_inspection, last_inspection
                    FROM households ORDER BY household_number
                    """)
            #expect(rows.map { $0["grid_id"] as String? } == [ids.grid, ids.grid])
            #expect(rows.map { $0["long_absent"] as Bool } == [true, false])
            #expect(rows.map { $0["answers"] as String } == [#"{"notes":"在外务工"}"#, "{}"])
            #expect(rows[1]["last_in_person_inspection"] as String? == "2025-12-01")
            #expect(rows[1]["last_inspection"] as String? == "2026-01-05")
            #expect(try String.fetchOne(db, sql: "SELECT group_ids FROM grids") == "[\"\(ids.group)\"]")
            #expect(try Int.fetchOne(db, sql: "SELECT inspection_cycle_months FROM villages") == 1)
        }
    }
}
