import Testing

@testable import CunzhanCore

@Suite("Rectification transitions")
struct RectificationTransitionTests {
    static let today = CalendarDate(year: 2026, month: 3, day: 10) ?? CalendarDate(dayNumber: 0)
    static let village = VillageID()

    static func user(_ role: Role) -> User {
        User(name: "测试\(role.label)", role: role, villageID: village, pinHash: "", pinSalt: "", pinIterations: 1)
    }

    static func item(_ state: RectificationState, owner: UserID? = nil) -> RectificationItem {
        RectificationItem(
            villageID: village, scope: .household, source: .visit, category: .housing, title: "屋顶漏雨",
            state: state, raisedBy: UserID(), raisedOn: today.adding(days: -3), ownerID: owner,
            deadline: owner == nil ? nil : today.adding(days: 10))
    }

    @Test("定责 sets owner, trimmed measures and deadline, and the store's transition applies it")
    func assignBuildsTransition() throws {
        let owner = UserID()
        let item = RectificationTransitionTests.item(.pendingAssignment)
        let deadline = RectificationTransitionTests.today.adding(days: 7)
        let transition = try RectificationWorkflow.transition(
            .assign(owner: owner, measures: " 修缮屋顶 ", deadline: deadline), on: item,
            by: RectificationTransitionTests.user(.firstSecretary), on: RectificationTransitionTests.today
        ).get()
        #expect(transition.from == .pendingAssignment)
        #expect(transition.to == .inProgress)
        let next = transition.applied(to: item)
        #expect(next.state == .inProgress)
        #expect(next.ownerID == owner)
        #expect(next.measures == "修缮屋顶")
        #expect(next.deadline == deadline)
    }

    @Test("销号 names the verifier and 退回 carries the reason")
    func closeAndSendBack() throws {
        let supervisor = RectificationTransitionTests.user(.supervisor)
        let item = RectificationTransitionTests.item(.awaitingVerification, owner: UserID())
        let close = try RectificationWorkflow.transition(
            .close(verificationNote: " 实地查看 "), on: item, by: supervisor, on: RectificationTransitionTests.today
        ).get()
        #expect(close.verifierID == supervisor.id)
        #expect(close.applied(to: item).verificationNote == "实地查看")
        #expect(close.applied(to: item).closedOn == RectificationTransitionTests.today)
        let sendBack = try RectificationWorkflow.transition(
            .sendBack(reason: "缺少照片"), on: item, by: supervisor, on: RectificationTransitionTests.today
        ).get()
        #expect(sendBack.to == .inProgress)
        #expect(sendBack.reason == "缺少照片")
    }

    @Test("申请延期 waits for 批准延期, which moves the deadline without changing the state")
    func extensionRequestThenApproval() throws {
        let owner = RectificationTransitionTests.user(.cadre)
        let supervisor = RectificationTransitionTests.user(.supervisor)
        let today = RectificationTransitionTests.today
        let item = RectificationTransitionTests.item(.inProgress, owner: owner.id)
        #expect(
            RectificationWorkflow.transition(
                .approveExtension(newDeadline: today.adding(days: 30)), on: item, by: supervisor, on: today)
                == .failure(.noPendingExtension))
        let requested = today.adding(days: 30)
        let request = try RectificationWorkflow.transition(
            .requestExtension(newDeadline: requested, reason: "雨季无法施工"), on: item, by: owner, on: today
        ).get()
        let pending = request.applied(to: item)
        #expect(pending.requestedDeadline == requested)
        #expect(pending.extensionReason == "雨季无法施工")
        #expect(pending.deadline == item.deadline)
        #expect(RectificationWorkflow.actions(on: pending, for: supervisor) == [.approveExtension])
        #expect(RectificationWorkflow.actions(on: pending, for: owner) == [.submitForVerification])
        let approval = try RectificationWorkflow.transition(
            .approveExtension(newDeadline: requested), on: pending, by: supervisor, on: today
        ).get()
        #expect(approval.from == .inProgress && approval.to == .inProgress)
        let approved = approval.applied(to: pending)
        #expect(approved.deadline == requested)
        #expect(!approved.hasPendingExtension)
        let notLater = item.deadline ?? today
        #expect(
            RectificationWorkflow.transition(
                .requestExtension(newDeadline: notLater, reason: "再等等"), on: item, by: owner, on: today)
                == .failure(.extensionNotLater(requested: notLater, current: notLater)))
    }

    @Test("a deadline before the day the problem was found is refused, naming that day")
    func deadlineBeforeFound() {
        let item = RectificationTransitionTests.item(.pendingAssignment)
        let early = item.raisedOn.adding(days: -1)
        let result = RectificationWorkflow.transition(
            .assign(owner: UserID(), measures: "修缮", deadline: early), on: item,
            by: RectificationTransitionTests.user(.firstSecretary), on: RectificationTransitionTests.today)
        #expect(result == .failure(.deadlineBeforeFound(deadline: early, found: item.raisedOn)))
        #expect(
            WorkflowError.deadlineBeforeFound(deadline: early, found: item.raisedOn).message
                == "整改时限：2026-03-06早于发现问题的日期2026-03-07，请选2026-03-07以后的日期")
    }

    @Test("only the owner submits and reports progress, whatever their role")
    func cadreOwnItemsOnly() throws {
        let cadre = RectificationTransitionTests.user(.cadre)
        let own = RectificationTransitionTests.item(.inProgress, owner: cadre.id)
        let others = RectificationTransitionTests.item(.inProgress, owner: UserID())
        let submit = RectificationAction.submitForVerification(evidence: "已修缮，照片3张")
        let transition = try RectificationWorkflow.transition(
            submit, on: own, by: cadre, on: RectificationTransitionTests.today
        ).get()
        #expect(transition.to == .awaitingVerification)
        #expect(transition.reason == "已修缮，照片3张")
        #expect(
            RectificationWorkflow.transition(submit, on: others, by: cadre, on: RectificationTransitionTests.today)
                == .failure(.notOwner(action: .submitForVerification)))
        #expect(RectificationWorkflow.mayReportProgress(on: own, by: cadre))
        #expect(!RectificationWorkflow.mayReportProgress(on: others, by: cadre))
        #expect(
            !RectificationWorkflow.mayReportProgress(on: others, by: RectificationTransitionTests.user(.firstSecretary))
        )
        let secretary = RectificationTransitionTests.user(.firstSecretary)
        #expect(
            RectificationWorkflow.transition(submit, on: others, by: secretary, on: RectificationTransitionTests.today)
                == .failure(.notOwner(action: .submitForVerification)))
        #expect(!RectificationWorkflow.mayReportProgress(on: own, by: RectificationTransitionTests.user(.supervisor)))
    }

    @Test("the state rules still come first for a transition")
    func stateRulesFirst() {
        let item = RectificationTransitionTests.item(.closed, owner: UserID())
        #expect(
            RectificationWorkflow.transition(
                .close(verificationNote: "已核实"), on: item, by: RectificationTransitionTests.user(.supervisor),
                on: RectificationTransitionTests.today)
                == .failure(.illegalInState(action: .close, state: .closed)))
    }
}
