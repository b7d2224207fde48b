/// The one table of who may do what: each role's capabilities, following DESIGN.md §1–2.
///
/// - 村干部/网格员: field work (visits, inspections, households), raise items, and work their own items
///   (progress, extension requests, submission for verification).
/// - 第一书记: the same, and also assigns items (定责) and sets the village's own monthly theme when none
///   came down.
/// - 督导: supervision records, verify and close (销号), send back, reopen (回头看), approve extensions,
///   monthly themes; may raise items found while supervising.
/// - 管理员: manages users and may assign items.
/// - 网格管理 (grids, households' grids, 长期外出, the cycle) is for 第一书记 and 管理员.
/// Every role may export the ledger and sync. The workflow checks its actions against this same table.
public enum Permissions {
    /// Capabilities by role.
    static let table: [Role: Set<Capability>] = [
        .cadre: cadreWork,
        .firstSecretary: cadreWork.union([.assignItem, .manageMonthlyThemes, .manageGrids]),
        .supervisor: [
            .raiseItem, .recordSupervision, .verifyAndClose, .sendBack, .reopen, .approveExtension,
            .manageMonthlyThemes,
            .exportLedger, .sync,
        ],
        .administrator: [.manageUsers, .manageGrids, .assignItem, .exportLedger, .sync],
    ]

    /// What a village cadre does: field work and their own items.
    static let cadreWork: Set<Capability> = [
        .recordVisit, .recordInspection, .editHousehold, .raiseItem, .reportProgress, .requestExtension,
        .submitForVerification, .exportLedger, .sync,
    ]

    /// Whether `role` may do `capability`.
    public static func allows(_ role: Role, _ capability: Capability) -> Bool {
        table[role]?.contains(capability) ?? false
    }

    /// The capabilities of `role`, in declaration order (for menus and help).
    public static func capabilities(of role: Role) -> [Capability] {
        Capability.allCases.filter { allows(role, $0) }
    }

    /// The roles that may do `capability`, in declaration order (for "请由…办理" messages).
    public static func roles(allowedTo capability: Capability) -> [Role] {
        Role.allCases.filter { allows($0, capability) }
    }
}
