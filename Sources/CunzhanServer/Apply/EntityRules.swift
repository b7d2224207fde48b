import CunzhanCore
import CunzhanSyncAPI
import Foundation

/// What the server knows about each kind of record: its Core type, whether it is append-only, who may
/// write it, and how its payload is validated.
enum EntityRules {
    /// The user fields that hold a PIN hash; never stored by the server nor passed on.
    static let pinFields: Set<String> = ["pinHash", "pinSalt", "pinIterations"]

    /// The Chinese name of a record kind, for messages.
    static func name(_ type: EntityType) -> String {
        switch type {
        case .village: "行政村"
        case .villagerGroup: "村民小组"
        case .grid: "网格"
        case .household: "农户"
        case .member: "家庭成员"
        case .visit: "走访记录"
        case .incomeSurvey: "收入监测"
        case .inspection: "排查记录"
        case .rectificationItem: "整改事项"
        case .progressEntry: "调度记录"
        case .supervisionRecord: "督导记录"
        case .monthlyTheme: "月度主题"
        case .user: "用户"
        }
    }

    /// Append-only records: visits, inspections, progress entries, supervision records (DESIGN.md §4 rule 1).
    static func isAppendOnly(_ type: EntityType) -> Bool {
        switch type {
        case .visit, .inspection, .progressEntry, .supervisionRecord: true
        default: false
        }
    }

    /// The capabilities any one of which lets an author write records of `type` (transitions excepted:
    /// `RectificationWorkflow` decides those).
    static func capabilities(for type: EntityType) -> Set<Capability> {
        switch type {
        case .village, .villagerGroup, .grid: [.manageUsers, .editHousehold]
        case .household, .member, .incomeSurvey: [.editHousehold]
        case .visit: [.recordVisit]
        case .inspection: [.recordInspection]
        case .rectificationItem: [.raiseItem, .assignItem]
        case .progressEntry: [.reportProgress]
        case .supervisionRecord: [.recordSupervision]
        case .monthlyTheme: [.manageMonthlyThemes, .manageUsers]
        case .user: [.manageUsers]
        }
    }

    /// The field of an append-only record that names the person it is by.
    static func actorField(_ type: EntityType) -> String? {
        switch type {
        case .visit: "visitorID"
        case .inspection: "inspectorID"
        case .progressEntry: "authorID"
        case .supervisionRecord: "supervisorID"
        default: nil
        }
    }

    /// Record kinds a station may write with no signed-in author: the village set-up, the register and
    /// users, which the station's first-run set-up and its shell commands write (`cunzhan user add`).
    static func allowsNoAuthor(_ type: EntityType) -> Bool {
        switch type {
        case .village, .villagerGroup, .grid, .household, .member, .incomeSurvey, .user: true
        default: false
        }
    }

    /// Decodes `fields` into the record's Core type, running its validators, and applies the checks the
    /// station's write boundary makes; throws `invalidValue` naming the field.
    static func validate(_ type: EntityType, fields: [String: JSON]) throws(Rejection) {
        var fields = fields
        if type == .user {
            for (name, value) in [
                ("pinHash", JSON.string("")), ("pinSalt", .string("")), ("pinIterations", .integer(0)),
            ] {
                fields[name] = value
            }
        }
        if [.household, .member, .visit, .inspection].contains(type), fields["answers"] == nil {
            fields["answers"] = .object([:])
        }
        switch type {
        case .village: try check(try decode(Village.self, fields))
        case .villagerGroup: _ = try decode(VillagerGroup.self, fields)
        case .grid: _ = try decode(Grid.self, fields)
        case .household: try check(try decode(Household.self, fields))
        case .member: _ = try decode(Member.self, fields)
        case .visit: try check(try decode(Visit.self, fields))
        case .incomeSurvey: try check(try decode(IncomeSurvey.self, fields))
        case .inspection: _ = try decode(Inspection.self, fields)
        case .rectificationItem: _ = try decode(RectificationItem.self, fields)
        case .progressEntry: _ = try decode(ProgressEntry.self, fields)
        case .supervisionRecord: _ = try decode(SupervisionRecord.self, fields)
        case .monthlyTheme: _ = try decode(MonthlyTheme.self, fields)
        case .user: _ = try decode(User.self, fields)
        }
    }

    /// The decoder of the push path, made once: `SyncCoding.decoder` builds a new one at each use.
    private static let decoder = SyncCoding.decoder

    /// `fields` as a `T`, or `invalidValue` with the validator's message and the field's key.
    static func decode<T: Decodable>(_ type: T.Type, _ fields: [String: JSON]) throws(Rejection) -> T {
        do {
            return try decoder.decode(T.self, from: Data(JSONText.text(of: fields).utf8))
        } catch let error as DecodingError {
            throw rejection(for: error)
        } catch {
            throw Rejection(code: .invalidValue, message: "操作内容无法读取，无法应用。")
        }
    }

    private static func rejection(for error: DecodingError) -> Rejection {
        switch error {
        case .dataCorrupted(let context):
            return Rejection(
                code: .invalidValue, field: context.codingPath.first?.stringValue, message: context.debugDescription)
        case .keyNotFound(let key, _):
            return Rejection(code: .invalidValue, field: key.stringValue, message: "\(key.stringValue)：必填，操作内容缺少这一项。")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let field = context.codingPath.first?.stringValue
            return Rejection(code: .invalidValue, field: field, message: "\(field ?? "内容")：取值类型不对，无法应用。")
        @unknown default:
            return Rejection(code: .invalidValue, message: "操作内容无法读取，无法应用。")
        }
    }

    private static func check(_ village: Village) throws(Rejection) {
        do {
            _ = try VillageCode(village.code, field: "行政村代码")
        } catch {
            throw Rejection(code: .invalidValue, field: "code", message: error.message)
        }
        guard !village.name.trimmingWhitespace().isEmpty else {
            throw Rejection(code: .invalidValue, field: "name", message: "村名：必填，请输入行政村名称。")
        }
    }

    private static func check(_ household: Household) throws(Rejection) {
        do {
            _ = try PersonName(household.headName, field: "户主姓名")
            if let phone = household.phone, !phone.trimmingWhitespace().isEmpty {
                _ = try PhoneNumber(phone, field: "联系电话")
            }
        } catch {
            throw Rejection(code: .invalidValue, field: error.field, message: error.message)
        }
        guard (0...99).contains(household.population) else {
            throw Rejection(code: .invalidValue, field: "population", message: "家庭人口：不在0到99之间，请核对。")
        }
    }

    private static func check(_ visit: Visit) throws(Rejection) {
        if let estimate = visit.incomeEstimate, estimate.fen < 0 {
            throw Rejection(
                code: .invalidValue, field: "incomeEstimate", message: "人均收入估算：不能为负数，请填写0或正数。")
        }
    }

    private static func check(_ survey: IncomeSurvey) throws(Rejection) {
        do {
            _ = try survey.figures.get()
        } catch {
            throw Rejection(code: .invalidValue, field: error.field, message: error.message)
        }
    }
}
