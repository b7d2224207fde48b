import CunzhanCore

enum Fixtures {
    static func op(_ number: Int, entity: EntityType = .household, kind: OpKind = .patch) -> Op {
        Op(
            opID: "op-\(number)", stationID: "station-a", localSeq: Int64(number), txGroup: "group-\(number)",
            author: "user-1", entityType: entity, entityID: "entity-\(number)", kind: kind,
            payload: #"{"headName":"张三"}"#, base: kind == .patch ? #"{"headName":"张山"}"# : nil,
            hlc: "000001700000000-000000-station-a", appVersion: "1.0", schemaVersion: 8)
    }
}
