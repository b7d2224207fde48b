import CunzhanCore

/// The rectification items a visit's findings suggest: one per 不达标 check, or one for new risks.
extension VisitForm {
    /// The question asked after saving a visit with findings, or nil when every check is 达标 and no risk
    /// was found.
    static func itemQuestion(for visit: Visit) -> String? {
        var findings: [String] = []
        let unmet = visit.guarantees.unmet
        if !unmet.isEmpty { findings.append("不达标（" + unmet.map(\.label).joined(separator: "、") + "）") }
        if !visit.risksFound.isEmpty {
            findings.append("新风险（" + visit.risksFound.map(\.label).joined(separator: "、") + "）")
        }
        guard !findings.isEmpty else { return nil }
        return "走访已保存。发现" + findings.joined(separator: "、") + "，是否为该户新建整改事项（待交办）？"
    }

    /// The items to raise for `visit`: one per 不达标 check with the check's category, or, when every check
    /// is 达标 but risks were found, one item about the risks.
    static func items(for visit: Visit, household: Household) -> [RectificationItem] {
        func item(_ category: ItemCategory, title: String, details: String) -> RectificationItem {
            RectificationItem(
                villageID: household.villageID, scope: .household, householdID: household.id,
                groupID: household.groupID, source: .visit, category: category, title: title, details: details,
                raisedBy: visit.visitorID, raisedOn: visit.date)
        }
        let unmet = visit.guarantees.unmet
        if unmet.isEmpty {
            guard !visit.risksFound.isEmpty else { return [] }
            let risks = visit.risksFound.map(\.label).joined(separator: "、")
            return [item(.other, title: "走访发现风险：\(risks)", details: visit.notes)]
        }
        return unmet.map { guarantee in
            item(
                category(of: guarantee), title: "\(guarantee.label)不达标",
                details: visit.guarantees[guarantee].note ?? "")
        }
    }

    /// The item category of a failed check: 吃 and 穿 are about income.
    static func category(of guarantee: Guarantee) -> ItemCategory {
        switch guarantee {
        case .food, .clothing: .income
        case .education: .education
        case .medical: .medical
        case .housing: .housing
        case .water: .drinkingWater
        }
    }
}
