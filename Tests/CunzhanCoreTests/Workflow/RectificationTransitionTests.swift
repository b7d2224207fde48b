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
            .close, on: item, by: supervisor, on: RectificationTransitionTests.today
        ).get()
        #expect(close.verifierID == supervisor.id)
        #expect(close.applied(to: item).closedOn == RectificationTransitionTests.today)
        let sendBack = try RectificationWorkflow.transition(
            .sendBack(reason: "缺少照片"), on: item, by: supervisor, on: RectificationTransitionTests.today
        ).get()
        #expect(sendBack.to == .inProgress)
        #expect(sendBack.reason == "缺少照片")
    }

    @Test("批准延期 moves the deadline without changing the state")
    func approvedExtensionMovesDeadline() throws {
        let item = RectificationTransitionTests.item(.inProgress, owner: UserID())
        let newDeadline = RectificationTransitionTests.today.adding(days: 30)
        let transition = try RectificationWorkflow.transition(
            .approveExtension(newDeadline: newDeadline), on: item,
            by: RectificationTransitionTests.user(.firstSecretary), on: RectificationTransitionTests.today
        ).get()
        #expect(transition.from == .inProgress && transition.to == .inProgress)
        #expect(transition.applied(to: item).deadline == newDeadline)
    }

    @Test("a cadre submits only the items they own")
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
            RectificationWorkflow.mayReportProgress(on: others, by: RectificationTransitionTests.user(.firstSecretary)))
        #expect(!RectificationWorkflow.mayReportProgress(on: own, by: RectificationTransitionTests.user(.supervisor)))
    }

    @Test("the state rules still come first for a transition")
    func stateRulesFirst() {
        let item = RectificationTransitionTests.item(.closed, owner: UserID())
        #expect(
            RectificationWorkflow.transition(
                .close, on: item, by: RectificationTransitionTests.user(.supervisor),
                on: RectificationTransitionTests.today)
                == .failure(.illegalInState(action: .close, state: .closed)))
    }
}
