import CunzhanCore

/// The write boundary's checks: every value a user can type is validated (and normalised) by the core
/// validators before a row or an op is written, so a bad value never reaches the database or the server.
///
/// A refusal is a `StoreError` of code `.invalidValue` whose message is the validator's Chinese message,
/// naming the field and the fix.
extension StationWriter {
    /// Runs a core validator and turns its refusal into `.invalidValue`.
    static func checked<T>(_ body: () throws(ValidationError) -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError(.invalidValue, error.message)
        }
    }

    /// The village with its code checked by `VillageCode` and a non-empty name.
    static func validated(_ village: Village) throws(StoreError) -> Village {
        var village = village
        village.code = try checked { () throws(ValidationError) in try VillageCode(village.code, field: "行政村代码").value }
        village.name = village.name.trimmingWhitespace()
        guard !village.name.isEmpty else { throw StoreError(.invalidValue, "村名：必填，请输入行政村名称。") }
        return village
    }

    /// The household with the head's name (`PersonName`) and phone (`PhoneNumber`) checked and normalised.
    static func validated(_ household: Household) throws(StoreError) -> Household {
        var household = household
        household.headName = try checked { () throws(ValidationError) in
            try PersonName(household.headName, field: "户主姓名").value
        }
        if let phone = household.phone, !phone.trimmingWhitespace().isEmpty {
            household.phone = try checked { () throws(ValidationError) in try PhoneNumber(phone, field: "联系电话").value }
        } else {
            household.phone = nil
        }
        guard (0...99).contains(household.population) else {
            throw StoreError(.invalidValue, "家庭人口：\(household.population)人不在0到99之间，请核对。")
        }
        return household
    }

    /// The member with the name checked by `PersonName`; the ID number is an `IDNumber`, checked when made.
    static func validated(_ member: Member) throws(StoreError) -> Member {
        var member = member
        member.name = try checked { () throws(ValidationError) in try PersonName(member.name, field: "成员姓名").value }
        return member
    }

    /// The survey, refused unless its amounts and population make valid `IncomeFigures`.
    static func validated(_ survey: IncomeSurvey) throws(StoreError) -> IncomeSurvey {
        _ = try checked { () throws(ValidationError) in try survey.figures.get() }
        guard (2000...2100).contains(survey.year) else {
            throw StoreError(.invalidValue, "年度：\(survey.year)不在2000到2100年之间，请核对。")
        }
        return survey
    }

    /// The visit, refused when its income estimate is negative.
    static func validated(_ visit: Visit) throws(StoreError) -> Visit {
        if let estimate = visit.incomeEstimate, estimate.fen < 0 {
            throw StoreError(.invalidValue, "人均收入估算：不能为负数，请填写0或正数。")
        }
        return visit
    }

    /// A user's name, checked by `PersonName` (field 姓名).
    static func validatedUserName(_ name: String) throws(StoreError) -> String {
        try checked { () throws(ValidationError) in try PersonName(name, field: "姓名").value }
    }
}
