import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// The life cycle through the store, across every role: who may take each action, and what it records.
@Suite("四定闭环 life cycle in the store")
struct LoopLifeCycleTests {
    /// Who may take each action (the item's owner is 张网格): a name in the list succeeds, every other is
    /// refused with `.workflowRefused`.
    static let allowed: [RectificationAction.Kind: Set<String>] = [
        .assign: ["王书记", "管理员"],
        .requestExtension: ["张网格"],
        .approveExtension: ["赵督导"],
        .submitForVerification: ["张网格"],
        .close: ["赵督导"],
        .sendBack: ["赵督导"],
        .reopen: ["赵督导"],
    ]

    static func action(_ kind: RectificationAction.Kind, owner: UserID) -> RectificationAction {
        let day = LoopFixture.found
        return switch kind {
        case .assign: .assign(owner: owner, measures: "修缮屋顶", deadline: day.adding(days: 10))
        case .requestExtension: .requestExtension(newDeadline: day.adding(days: 30), reason: "雨季无法施工")
        case .approveExtension: .approveExtension(newDeadline: day.adding(days: 30))
        case .submitForVerification: .submitForVerification(evidence: "已修缮，照片3张")
        case .close: .close(verificationNote: "实地查看，不再漏雨")
        case .sendBack: .sendBack(reason: "缺少照片")
        case .reopen: .reopen(reason: "回头看发现再次漏雨")
        }
    }

    /// An item brought to where `kind` starts (an extension pending for 批准延期).
    static func item(readyFor kind: RectificationAction.Kind, in loop: LoopFixture) throws -> RectificationItem {
        let item = try loop.raise("屋顶漏雨")
        guard kind != .assign else { return item }
        try loop.assign(item)
        switch kind {
        case .approveExtension:
            try loop.act(action(.requestExtension, owner: loop.cadre.id), on: item, as: loop.cadre)
        case .close, .sendBack, .reopen:
            try loop.act(action(.submitForVerification, owner: loop.cadre.id), on: item, as: loop.cadre)
            if kind == .reopen { try loop.act(action(.close, owner: loop.cadre.id), on: item, as: loop.supervisor) }
        default:
            break
        }
        return item
    }

    @Test("every action × every role: the allowed people succeed, everyone else is refused and nothing changes")
    func actionsAcrossRoles() throws {
        let loop = try LoopFixture()
        let people = [loop.cadre, loop.otherCadre, loop.secretary, loop.supervisor, loop.administrator]
        var checked = 0
        for kind in RectificationAction.Kind.allCases {
            for person in people {
                let item = try Self.item(readyFor: kind, in: loop)
                let before = try #require(try loop.store.item(item.id))
                let opsBefore = try count(loop.store, "outbox")
                let refusal = loop.refusal {
                    try loop.act(Self.action(kind, owner: loop.cadre.id), on: item, as: person)
                }
                let mayAct = Self.allowed[kind]?.contains(person.name) == true
                if mayAct {
                    #expect(refusal == nil, "\(person.name) \(kind.label): \(refusal?.message ?? "")")
                    let after = try #require(try loop.store.item(item.id))
                    #expect(after.state == kind.transition.to, "\(person.name) \(kind.label)")
                    #expect(try count(loop.store, "outbox") == opsBefore + 1)
                } else {
                    #expect(refusal?.code == .workflowRefused, "\(person.name) \(kind.label)")
                    #expect(try loop.store.item(item.id) == before)
                    #expect(try count(loop.store, "outbox") == opsBefore)
                }
                checked += 1
            }
        }
        #expect(checked == 35)
        #expect(try loop.store.check().isHealthy)
    }

    @Test("销号 without a verification note is refused, naming 验收意见 and keeping the item waiting")
    func closeNeedsNote() throws {
        let loop = try LoopFixture()
        let item = try Self.item(readyFor: .close, in: loop)
        let refusal = loop.refusal { try loop.act(.close(verificationNote: "  "), on: item, as: loop.supervisor) }
        #expect(refusal?.workflowError == .missingVerificationNote)
        #expect(refusal?.message.hasPrefix("验收意见：") == true)
        #expect(try loop.store.item(item.id)?.state == .awaitingVerification)
        let closed = try loop.act(.close(verificationNote: "实地查看"), on: item, as: loop.supervisor)
        #expect(closed.verificationNote == "实地查看")
        #expect(closed.verifierID == loop.supervisor.id)
        #expect(closed.closedOn == LoopFixture.found)
    }

    @Test("a cadre closing, and closing an item never submitted, are refused with the steps open instead")
    func illegalMovesExplainThemselves() throws {
        let loop = try LoopFixture()
        let working = try Self.item(readyFor: .submitForVerification, in: loop)
        let notSubmitted = loop.refusal {
            try loop.act(.close(verificationNote: "看过了"), on: working, as: loop.supervisor)
        }
        #expect(notSubmitted?.message == "事项现在是“整改中”，不能销号；此时可以：申请延期、批准延期、提交验收")
        let waiting = try Self.item(readyFor: .close, in: loop)
        let cadreCloses = loop.refusal { try loop.act(.close(verificationNote: "看过了"), on: waiting, as: loop.cadre) }
        #expect(cadreCloses?.message == "“村干部/网格员”没有销号的权限，请由督导办理；你对“待验收”的事项只能查看")
    }

    @Test("定责 with a deadline before the found date is refused, naming the found date")
    func deadlineBeforeFound() throws {
        let loop = try LoopFixture()
        let item = try loop.raise("屋顶漏雨", on: try date("2026-03-10"))
        let refusal = loop.refusal {
            try loop.act(
                .assign(owner: loop.cadre.id, measures: "修缮", deadline: try date("2026-03-05")), on: item,
                as: loop.secretary, on: try date("2026-03-01"))
        }
        #expect(refusal?.message == "整改时限：2026-03-05早于发现问题的日期2026-03-10，请选2026-03-10以后的日期")
    }

    @Test("申请延期 stays pending until 督导 approves it; the approval moves the deadline")
    func extensionFlow() throws {
        let loop = try LoopFixture()
        let item = try Self.item(readyFor: .requestExtension, in: loop)
        let requested = LoopFixture.found.adding(days: 30)
        let pending = try loop.act(
            .requestExtension(newDeadline: requested, reason: "雨季无法施工"), on: item, as: loop.cadre)
        #expect(pending.requestedDeadline == requested)
        #expect(pending.deadline == LoopFixture.found.adding(days: 10))
        let twice = loop.refusal {
            try loop.act(.requestExtension(newDeadline: requested, reason: "再申请"), on: item, as: loop.cadre)
        }
        #expect(twice == nil, "the owner may revise a pending request")
        let approved = try loop.act(.approveExtension(newDeadline: requested), on: item, as: loop.supervisor)
        #expect(approved.deadline == requested)
        #expect(approved.requestedDeadline == nil)
        let again = loop.refusal {
            try loop.act(.approveExtension(newDeadline: requested), on: item, as: loop.supervisor)
        }
        #expect(again?.workflowError == .noPendingExtension)
    }

    @Test("every transition is an op with author, time and reason, and replays into another store")
    func transitionsReplay() throws {
        let loop = try LoopFixture()
        let item = try Self.item(readyFor: .sendBack, in: loop)
        try loop.act(.sendBack(reason: "缺少照片"), on: item, as: loop.supervisor)
        let ops = try loop.store.outboxOps(limit: 10_000)
        let last = try #require(ops.last)
        #expect(last.kind == .transition)
        #expect(last.author == loop.supervisor.id.description)
        #expect(last.payload.contains("缺少照片"))
        #expect(last.payload.contains("\"action\":\"sendBack\""))
        let replica = try makeStore()
        try replica.apply(ops)
        #expect(try replica.item(item.id) == loop.store.item(item.id))
        #expect(try replica.check().isHealthy)
    }
}
