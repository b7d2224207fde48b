import CunzhanCore

/// The rectification items a visit's findings suggest: one per 不达标 check, or one for new risks.
extension VisitForm {
    /// The question asked after saving a visit with findings, naming each item it would raise so the user
    /// reviews them first; nil when every check is 达标 and no risk was found.
    static func itemQuestion(for visit: Visit) -> String? {
        var findings: [String] = []
        let unmet = visit.guarantees.unmet
        if !unmet.isEmpty { findings.append("不达标（" + unmet.map(\.label).joined(separator: "、") + "）") }
        if !visit.risksFound.isEmpty {
            findings.append("新风险（" + visit.risksFound.map(\.label).joined(separator: "、") + "）")
        }
        guard !findings.isEmpty else { return nil }
        let titles = suggestions(for: visit).map(\.title)
        return "走访已保存。发现" + findings.joined(separator: "、") + "，是否为该户新建 \(titles.count) 项整改事项（待交办，来源走访，"
            + "关联本次走访）：" + titles.joined(separator: "；") + "？新建后可在事项中修改；也可以以后在走访记录中选中这次走访按 i 逐项登记。"
    }

    /// What each suggested item says: one per 不达标 check with the check's category, or, when every check
    /// is 达标 but risks were found, one about the risks.
    static func suggestions(for visit: Visit) -> [(category: ItemCategory, title: String, details: String)] {
        let unmet = visit.guarantees.unmet
        if unmet.isEmpty {
            guard !visit.risksFound.isEmpty else { return [] }
            let risks = visit.risksFound.map(\.label).joined(separator: "、")
            let notes = visit.notes.isEmpty ? "" : "。备注：" + visit.notes
            return [(.other, "走访发现风险：\(risks)", "\(visit.date) 入户走访发现风险：\(risks)\(notes)")]
        }
        return unmet.map { guarantee in
            let note = visit.guarantees[guarantee].note ?? ""
            return (
                category(of: guarantee), "\(guarantee.label)不达标" + (note.isEmpty ? "" : "：" + note),
                "\(visit.date) 入户走访，\(guarantee.label)不达标" + (note.isEmpty ? "" : "。情况说明：" + note)
            )
        }
    }

    /// The items to raise for `visit`, one per suggestion.
    ///
    /// Each is 待交办, source 走访, linked to the visit (`sourceRecordID`), about the visit's household (its
    /// group and village), found on the visit's date by the visitor, and in `themeID`'s month theme when set;
    /// its title names the failed check and the visitor's note for it.
    static func items(for visit: Visit, household: Household, themeID: MonthlyThemeID? = nil) -> [RectificationItem] {
        suggestions(for: visit).map { suggestion in
            RectificationItem(
                villageID: household.villageID, themeID: themeID, scope: .household, householdID: household.id,
                groupID: household.groupID, source: .visit, category: suggestion.category,
                title: String(suggestion.title.prefix(100)), details: String(suggestion.details.prefix(500)),
                raisedBy: visit.visitorID, raisedOn: visit.date, sourceRecordID: visit.id.description)
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
