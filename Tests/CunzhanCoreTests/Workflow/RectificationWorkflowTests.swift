import Testing

@testable import CunzhanCore

@Suite("Rectification workflow")
struct RectificationWorkflowTests {
    static let today = CalendarDate(year: 2026, month: 3, day: 10) ?? CalendarDate(dayNumber: 0)
    static let owner = UserID()

    /// A well-formed action of each kind, so only the state and the role decide the outcome.
    static func sample(_ kind: RectificationAction.Kind) -> RectificationAction {
        switch kind {
        case .assign: .assign(owner: owner, measures: "修缮屋顶漏雨处", deadline: today.adding(days: 14))
        case .requestExtension: .requestExtension(newDeadline: today.adding(days: 40), reason: "雨季无法施工")
        case .approveExtension: .approveExtension(newDeadline: today.adding(days: 30))
        case .submitForVerification: .submitForVerification(evidence: "已修缮，照片3张")
        case .close: .close(verificationNote: "实地查看，屋顶已不漏雨")
        case .sendBack: .sendBack(reason: "佐证不足")
        case .reopen: .reopen(reason: "回头看发现再次漏雨")
        }
    }

    /// The expected outcome of every (state, action, role), written out. Columns are 村干部/网格员, 第一书记,
    /// 督导, 管理员. A state letter is the resulting state (P 待交办, I 整改中, V 待验收, C 已销号), "r" is
    /// refused for the role, "-" is illegal in this state.
    static let expected: [RectificationState: [RectificationAction.Kind: String]] = [
        .pendingAssignment: [
            .assign: "rIrI",
            .requestExtension: "----",
            .approveExtension: "----",
            .submitForVerification: "----",
            .close: "----",
            .sendBack: "----",
            .reopen: "----",
        ],
        .inProgress: [
            .assign: "----",
            .requestExtension: "IIrr",
            .approveExtension: "rrIr",
            .submitForVerification: "VVrr",
            .close: "----",
            .sendBack: "----",
            .reopen: "----",
        ],
        .awaitingVerification: [
            .assign: "----",
            .requestExtension: "----",
            .approveExtension: "----",
            .submitForVerification: "----",
            .close: "rrCr",
            .sendBack: "rrIr",
            .reopen: "----",
        ],
        .closed: [
            .assign: "----",
            .requestExtension: "----",
            .approveExtension: "----",
            .submitForVerification: "----",
            .close: "----",
            .sendBack: "----",
            .reopen: "rrIr",
        ],
    ]
    static let columns: [Role] = [.cadre, .firstSecretary, .supervisor, .administrator]
    static let stateLetters: [Character: RectificationState] = [
        "P": .pendingAssignment, "I": .inProgress, "V": .awaitingVerification, "C": .closed,
    ]

    @Test("every (state, action, role) triple gives the expected outcome")
    func everyTripleMatches() throws {
        var checked = 0
        for state in RectificationState.allCases {
            for kind in RectificationAction.Kind.allCases {
                let row = try #require(RectificationWorkflowTests.expected[state]?[kind], "\(state) \(kind)")
                for (role, mark) in zip(RectificationWorkflowTests.columns, row) {
                    let result = RectificationWorkflow.apply(
                        RectificationWorkflowTests.sample(kind), to: state, by: role,
                        on: RectificationWorkflowTests.today)
                    switch mark {
                    case "-": #expect(result == .failure(.illegalInState(action: kind, state: state)))
                    case "r": #expect(result == .failure(.roleNotAllowed(role: role, action: kind, state: state)))
                    default: #expect(result == .success(try #require(RectificationWorkflowTests.stateLetters[mark])))
                    }
                    checked += 1
                }
            }
        }
        #expect(
            checked == RectificationState.allCases.count * RectificationAction.Kind.allCases.count * Role.allCases.count
        )
    }

    @Test("the workflow and the permissions table agree on every role and action")
    func workflowUsesPermissionsTable() {
        for kind in RectificationAction.Kind.allCases {
            for role in Role.allCases {
                let result = RectificationWorkflow.apply(
                    RectificationWorkflowTests.sample(kind), to: kind.transition.from, by: role,
                    on: RectificationWorkflowTests.today)
                let succeeded = (try? result.get()) != nil
                #expect(succeeded == Permissions.allows(role, kind.capability))
            }
        }
    }

    @Test("blank reasons, evidence and measures are refused, naming the field")
    func refusesMissingPayload() {
        let today = RectificationWorkflowTests.today
        let blank = " \u{3000}\n"
        #expect(
            RectificationWorkflow.apply(.sendBack(reason: blank), to: .awaitingVerification, by: .supervisor, on: today)
                == .failure(.missingReason(action: .sendBack)))
        #expect(
            RectificationWorkflow.apply(.reopen(reason: ""), to: .closed, by: .supervisor, on: today)
                == .failure(.missingReason(action: .reopen)))
        #expect(
            RectificationWorkflow.apply(
                .requestExtension(newDeadline: today.adding(days: 5), reason: " "), to: .inProgress, by: .cadre,
                on: today)
                == .failure(.missingReason(action: .requestExtension)))
        #expect(
            RectificationWorkflow.apply(.submitForVerification(evidence: blank), to: .inProgress, by: .cadre, on: today)
                == .failure(.missingEvidence))
        let assign = RectificationAction.assign(owner: UserID(), measures: " ", deadline: today)
        #expect(
            RectificationWorkflow.apply(assign, to: .pendingAssignment, by: .firstSecretary, on: today)
                == .failure(.missingMeasures))
        #expect(
            RectificationWorkflow.apply(
                .close(verificationNote: blank), to: .awaitingVerification, by: .supervisor, on: today)
                == .failure(.missingVerificationNote))
        #expect(WorkflowError.missingEvidence.field == "整改佐证")
        #expect(WorkflowError.missingVerificationNote.field == "验收意见")
        #expect(WorkflowError.missingMeasures.message == "整改措施：定责必须写明整改措施")
    }

    @Test("deadlines before today are refused; today itself is accepted")
    func refusesPastDeadlines() {
        let today = RectificationWorkflowTests.today
        let yesterday = today.adding(days: -1)
        let assignPast = RectificationAction.assign(owner: UserID(), measures: "修路", deadline: yesterday)
        #expect(
            RectificationWorkflow.apply(assignPast, to: .pendingAssignment, by: .administrator, on: today)
                == .failure(.deadlineInPast(deadline: yesterday, today: today)))
        let assignToday = RectificationAction.assign(owner: UserID(), measures: "修路", deadline: today)
        #expect(
            RectificationWorkflow.apply(assignToday, to: .pendingAssignment, by: .administrator, on: today)
                == .success(.inProgress))
        #expect(
            RectificationWorkflow.apply(
                .approveExtension(newDeadline: yesterday), to: .inProgress, by: .supervisor, on: today)
                == .failure(.deadlineInPast(deadline: yesterday, today: today)))
        #expect(
            WorkflowError.deadlineInPast(deadline: yesterday, today: today).message
                == "整改时限：2026-03-09已经过去（今天是2026-03-10），请选今天或以后的日期")
    }

    @Test("the state is checked before the role, and the role before the payload")
    func checkOrder() {
        let today = RectificationWorkflowTests.today
        #expect(
            RectificationWorkflow.apply(.sendBack(reason: ""), to: .closed, by: .cadre, on: today)
                == .failure(.illegalInState(action: .sendBack, state: .closed)))
        #expect(
            RectificationWorkflow.apply(.sendBack(reason: ""), to: .awaitingVerification, by: .cadre, on: today)
                == .failure(.roleNotAllowed(role: .cadre, action: .sendBack, state: .awaitingVerification)))
    }

    @Test("refusals explain what is possible and who may do it")
    func messages() {
        #expect(
            WorkflowError.illegalInState(action: .submitForVerification, state: .awaitingVerification).message
                == "事项现在是“待验收”，不能提交验收；此时可以：销号、退回")
        #expect(
            WorkflowError.roleNotAllowed(role: .cadre, action: .close, state: .awaitingVerification).message
                == "“村干部/网格员”没有销号的权限，请由督导办理；你对“待验收”的事项只能查看")
        #expect(
            WorkflowError.roleNotAllowed(role: .supervisor, action: .assign, state: .pendingAssignment).message
                == "“督导”没有定责的权限，请由第一书记或管理员办理；你对“待交办”的事项只能查看")
        #expect(
            WorkflowError.roleNotAllowed(role: .firstSecretary, action: .approveExtension, state: .inProgress).message
                == "“第一书记”没有批准延期的权限，请由督导办理；你此时可以：申请延期、提交验收")
        #expect(WorkflowError.missingReason(action: .sendBack).message == "原因：退回必须写明原因和需要补正的内容")
        #expect(
            WorkflowError.notOwner(action: .submitForVerification).message
                == "只有责任人才能提交验收；这个事项不是交办给你的，如需接手请第一书记重新定责")
    }

    @Test("screens are offered only the actions the role may take in the state")
    func availableActions() {
        #expect(
            RectificationWorkflow.actions(availableIn: .inProgress, to: .cadre)
                == [.requestExtension, .submitForVerification])
        #expect(
            RectificationWorkflow.actions(availableIn: .inProgress, to: .firstSecretary)
                == [.requestExtension, .submitForVerification])
        #expect(
            RectificationWorkflow.actions(availableIn: .inProgress, to: .supervisor) == [.approveExtension])
        #expect(
            RectificationWorkflow.actions(availableIn: .awaitingVerification, to: .supervisor) == [.close, .sendBack])
        #expect(RectificationWorkflow.actions(availableIn: .closed, to: .administrator).isEmpty)
    }

    @Test(
        "overdue means past the deadline and not closed",
        arguments: [
            (RectificationState.inProgress, -1, true),
            (.inProgress, 0, false),
            (.inProgress, 1, false),
            (.awaitingVerification, -5, true),
            (.pendingAssignment, -1, true),
            (.closed, -30, false),
        ])
    func overdue(state: RectificationState, deadlineOffset: Int, overdue: Bool) {
        let today = RectificationWorkflowTests.today
        #expect(
            RectificationWorkflow.isOverdue(deadline: today.adding(days: deadlineOffset), state: state, today: today)
                == overdue)
    }

    @Test("an item without a deadline is never overdue")
    func noDeadline() {
        #expect(
            !RectificationWorkflow.isOverdue(
                deadline: nil, state: .pendingAssignment, today: RectificationWorkflowTests.today))
    }
}
