import CunzhanCore
import CunzhanStore

/// The household detail as lines of text: what is drawn, and what tests read.
extension HouseholdDetail {
    /// One line of the detail: a section heading or a line of content.
    struct Line: Equatable {
        var text: String
        var isHeading = false
    }

    /// The overview's lines in order: the household, members, visits and open items, each under a heading.
    /// The member at `selectedMember` is marked with "> " for Enter to edit.
    static func lines(of overview: HouseholdOverview, selectedMember: Int? = nil) -> [Line] {
        let household = overview.household
        var lines: [Line] = [
            Line(text: "基本情况", isHeading: true),
            Line(
                text: "户编号：\(household.householdNumber)    户主：\(household.headName)    组：\(overview.groupName)    "
                    + "人口：\(household.population)"),
            Line(text: "住址：\(orNone(household.address))    电话：\(orNone(household.phone.map(HouseholdRow.maskPhone)))"),
            Line(
                text: "户类型：\(household.kind.label)    监测类别：\(household.monitoringCategory?.label ?? "未纳入监测")"),
            Line(text: "风险：\(joined(household.risks.map(\.label)))"),
            Line(text: "帮扶措施：\(joined(household.measures.map(\.label)))"),
            Line(text: "家庭成员（\(overview.members.count) 人）", isHeading: true),
        ]
        if let review = household.monitoringReview {
            // Flagged by a visit: the line goes right after the household's status.
            lines.insert(Line(text: "监测评估：待评估（\(review.date)，\(review.reason)）"), at: 4)
        }
        if overview.members.isEmpty { lines.append(Line(text: "  未登记成员")) }
        for (index, member) in overview.members.enumerated() {
            lines.append(
                Line(
                    text: (index == selectedMember ? "> " : "  ")
                        + "\(member.name)  \(member.relation.label)  \(member.idNumber.masked)  "
                        + "\(member.health.label)  \(member.insured ? "已参保" : "未参保")"))
        }
        lines.append(Line(text: "走访记录（\(overview.visits.count) 次）", isHeading: true))
        if overview.visits.isEmpty { lines.append(Line(text: "  还没有走访记录，按 v 新增走访")) }
        for visit in overview.visits {
            let visitor = overview.visitorNames[visit.visitorID] ?? "未知用户"
            var text = "  \(visit.date)  \(visitor)  \(checksSummary(visit.guarantees))"
            if !visit.risksFound.isEmpty { text += "  新风险：\(joined(visit.risksFound.map(\.label)))" }
            lines.append(Line(text: text))
        }
        lines.append(Line(text: "未销号的整改事项（\(overview.openItems.count) 项）", isHeading: true))
        if overview.openItems.isEmpty { lines.append(Line(text: "  无")) }
        for item in overview.openItems {
            var text = "  \(item.raisedOn)  \(item.state.label)  \(item.category.label)  \(item.title)"
            if let deadline = item.deadline { text += "  期限 \(deadline)" }
            lines.append(Line(text: text))
        }
        return lines
    }

    /// The 两不愁三保障 result in a few characters: "6 项达标", or "不达标：住房安全、饮水安全".
    static func checksSummary(_ guarantees: Guarantees) -> String {
        let unmet = guarantees.unmet
        guard !unmet.isEmpty else { return "\(Guarantee.allCases.count) 项达标" }
        return "不达标：" + unmet.map(\.label).joined(separator: "、")
    }

    private static func joined(_ labels: [String]) -> String {
        labels.isEmpty ? "无" : labels.joined(separator: "、")
    }

    private static func orNone(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "无" }
        return text
    }
}
