import Testing

@testable import CunzhanCore

@Suite("Permissions")
struct PermissionsTests {
    /// The expected table, written out: columns are 村干部/网格员, 第一书记, 督导, 管理员; "x" allowed, "." refused.
    static let expected: [Capability: String] = [
        .recordVisit: "xx..",
        .recordInspection: "xx..",
        .editHousehold: "xx..",
        .raiseItem: "xxx.",
        .assignItem: ".x.x",
        .reportProgress: "xx..",
        .requestExtension: "xx..",
        .submitForVerification: "xx..",
        .recordSupervision: "..x.",
        .verifyAndClose: "..x.",
        .sendBack: "..x.",
        .reopen: "..x.",
        .approveExtension: "..x.",
        .manageUsers: "...x",
        .manageGrids: ".x.x",
        .manageMonthlyThemes: ".xx.",
        .exportLedger: "xxxx",
        .sync: "xxxx",
    ]
    static let columns: [Role] = [.cadre, .firstSecretary, .supervisor, .administrator]

    @Test("every role × capability pair matches the expected table")
    func everyPairMatches() throws {
        #expect(PermissionsTests.expected.count == Capability.allCases.count)
        #expect(Set(PermissionsTests.columns) == Set(Role.allCases))
        for capability in Capability.allCases {
            let row = try #require(PermissionsTests.expected[capability], "no expected row for \(capability)")
            for (role, mark) in zip(PermissionsTests.columns, row) {
                #expect(Permissions.allows(role, capability) == (mark == "x"), "\(role.label) \(capability.label)")
            }
        }
    }

    @Test("capabilities(of:) and roles(allowedTo:) agree with allows")
    func listsAgree() {
        #expect(
            Permissions.capabilities(of: .administrator) == [
                .assignItem, .manageUsers, .manageGrids, .exportLedger, .sync,
            ])
        #expect(Permissions.roles(allowedTo: .assignItem) == [.firstSecretary, .administrator])
        for role in Role.allCases {
            for capability in Capability.allCases {
                #expect(Permissions.capabilities(of: role).contains(capability) == Permissions.allows(role, capability))
                #expect(Permissions.roles(allowedTo: capability).contains(role) == Permissions.allows(role, capability))
            }
        }
    }

    @Test("every capability has a distinct Chinese label")
    func labels() {
        #expect(Set(Capability.labels).count == Capability.allCases.count)
        #expect(Capability(label: "验收销号") == .verifyAndClose)
    }
}
