import CunzhanCore
import CunzhanStore
import TerminalUI

/// The second follow-up of a visit with findings: flag the household for a monitoring review (待评估).
///
/// Asked after the rectification item question, whatever its answer; yes records the flag through the
/// write API as a household patch with the visit's date and findings as the reason.
extension VisitForm {
    /// The reason recorded with the flag: the visit's findings, "住房安全不达标；新风险：因病".
    static func reviewReason(for visit: Visit) -> String {
        var parts: [String] = []
        let unmet = visit.guarantees.unmet
        if !unmet.isEmpty { parts.append(unmet.map(\.label).joined(separator: "、") + "不达标") }
        if !visit.risksFound.isEmpty { parts.append("新风险：" + visit.risksFound.map(\.label).joined(separator: "、")) }
        return parts.joined(separator: "；")
    }

    /// Asks whether to flag the household for a monitoring review; goes back when no visit is pending.
    func offerReviewFlag() -> [ScreenCommand] {
        guard let visit = savedVisit else { return [.pop] }
        let already = household.monitoringReview == nil ? "" : "（该户已在待评估中，将更新日期和原因）"
        return [
            .confirm(
                Confirmation(
                    title: "标记为需要监测评估",
                    message: "发现\(Self.reviewReason(for: visit))。是否将该户标记为需要监测评估（待评估）？\(already)",
                    yes: Action.reviewFlagChosen(visit), no: Action.reviewFlagDeclined))
        ]
    }

    /// Records the flag in an effect, as one household patch op.
    func flagForReview(_ visit: Visit) -> ScreenCommand {
        let store = context.store
        let author = context.user.id
        let review = MonitoringReview(date: visit.date, reason: Self.reviewReason(for: visit))
        let householdID = household.id
        return .run { () -> Action in
            do throws(StoreError) {
                try store.write(author: author) { try $0.flagForMonitoringReview(householdID, review: review) }
                return .reviewFlagged
            } catch {
                return .reviewFlagFailed(error.message)
            }
        }
    }
}
