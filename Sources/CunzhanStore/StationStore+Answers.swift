import GRDB

extension StationStore {
    /// The tables whose records keep the answers of form fields that have no column of their own.
    static let answerTables = ["visits", "households", "members", "inspections"]

    /// Adds the `answers` column (a JSON object of field id to answer, DESIGN.md §3) to the records that
    /// forms write, as a migration after the earlier ones; existing rows get an empty object.
    static func registerFormAnswers(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8 form answers") { db in
            for table in answerTables {
                try db.execute(
                    sql: """
                        ALTER TABLE \(table) ADD COLUMN answers TEXT NOT NULL DEFAULT '{}'
                            CHECK (json_valid(answers))
                        """)
            }
        }
    }
}

extension StoredEntity {
    /// `fields` of a create or append payload, with an empty `answers` object when the payload was written
    /// before answers were kept (schema version 7 and earlier), so old ops still replay.
    static func withAnswers(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        guard keepsAnswers, fields["answers"] == nil else { return fields }
        var fields = fields
        fields["answers"] = .object([:])
        return fields
    }
}
