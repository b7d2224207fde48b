import CunzhanCore

/// A closed domain list that a choice field can take its choices from (`choices: {from: risk-type}`).
///
/// Naming the domain enum instead of copying its labels keeps forms in step with `CunzhanCore`: a label
/// reworded there is reworded in every form, and the store can map the chosen label back to its case.
public enum Vocabulary: String, CaseIterable, Hashable, Sendable {
    case riskType = "risk-type"
    case assistanceMeasure = "assistance-measure"
    case checkResult = "check-result"
    case guarantee = "guarantee"
    case householdKind = "household-kind"
    case monitoringCategory = "monitoring-category"
    case role = "role"
    case sex = "sex"
    case inspectionMethod = "inspection-method"
    case inspectionResult = "inspection-result"
    case rectificationState = "rectification-state"
    case itemSource = "item-source"
    case itemCategory = "item-category"
    case itemScope = "item-scope"

    /// The Chinese labels of the enum's cases, in declaration order.
    public var labels: [String] {
        switch self {
        case .riskType: RiskType.labels
        case .assistanceMeasure: AssistanceMeasure.labels
        case .checkResult: CheckResult.labels
        case .guarantee: Guarantee.labels
        case .householdKind: HouseholdKind.labels
        case .monitoringCategory: MonitoringCategory.labels
        case .role: Role.labels
        case .sex: Sex.labels
        case .inspectionMethod: InspectionMethod.labels
        case .inspectionResult: InspectionResult.labels
        case .rectificationState: RectificationState.labels
        case .itemSource: ItemSource.labels
        case .itemCategory: ItemCategory.labels
        case .itemScope: ItemScope.labels
        }
    }

    /// The spellings of every vocabulary, as listed in error messages.
    static let spellings = allCases.map(\.rawValue).joined(separator: ", ")
}
