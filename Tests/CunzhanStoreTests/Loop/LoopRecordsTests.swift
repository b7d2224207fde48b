import CunzhanCore
import Foundation
import Testing

@testable import CunzhanStore

/// Progress reports, supervision records and monthly themes: who may write them and what is kept.
@Suite("四定闭环 records")
struct LoopRecordsTests {
    @Test("only the owner reports progress, on an item in work; obstacles and percent are kept")
    func progressByOwner() throws {
        let loop = try LoopFixture()
        let item = try loop.raise("屋顶漏雨")
        let entry = ProgressEntry(
            itemID: item.id, authorID: loop.cadre.id, date: LoopFixture.found, text: "已联系施工队", percentDone: 40,
            obstacles: "资金未到位")
        let beforeAssign = loop.refusal {
            try loop.store.write(author: loop.cadre.id) { try $0.addProgress(entry) }
        }
        #expect(beforeAssign?.code == .workflowRefused)
        try loop.assign(item)
        for stranger in [loop.otherCadre, loop.secretary, loop.supervisor] {
            let refusal = loop.refusal { try loop.store.write(author: stranger.id) { try $0.addProgress(entry) } }
            #expect(refusal?.message == "只有责任人才能报送这个事项的进展。", "\(stranger.name)")
        }
        try loop.store.write(author: loop.cadre.id) { try $0.addProgress(entry) }
        let detail = try #require(try loop.store.itemDetail(item.id))
        #expect(detail.history.contains { $0.kind == .progress && $0.text == "调度：已联系施工队（完成 40%）；困难：资金未到位" })
    }

    @Test("supervision is recorded on an item or on a whole village, by 督导 only")
    func supervisionOnItemOrVillage() throws {
        let loop = try LoopFixture()
        let item = try loop.raise("屋顶漏雨")
        let onItem = SupervisionRecord(
            itemID: item.id, villageID: loop.otherVillage.id, supervisorID: loop.supervisor.id, date: LoopFixture.found,
            place: "张三家", onSite: true, findings: "屋顶已修", verdict: .satisfactory)
        let onVillage = SupervisionRecord(
            itemID: nil, villageID: loop.village.id, supervisorID: loop.supervisor.id, date: LoopFixture.found,
            place: "村委会", onSite: false, findings: "台账齐全", verdict: .needsWork)
        let cadre = loop.refusal { try loop.store.write(author: loop.cadre.id) { try $0.addSupervision(onVillage) } }
        #expect(cadre?.code == .workflowRefused)
        try loop.store.write(author: loop.supervisor.id) { writer in
            try writer.addSupervision(onItem)
            try writer.addSupervision(onVillage)
        }
        let stored = try loop.store.read { db in try SupervisionRecord.fetchAll(db) }
        #expect(stored.count == 2)
        // An item's record takes the item's village, whatever the caller said.
        #expect(stored.first { $0.itemID == item.id }?.villageID == loop.village.id)
        #expect(stored.contains { $0.itemID == nil && $0.place == "村委会" && $0.verdict == .needsWork })
        let detail = try #require(try loop.store.itemDetail(item.id))
        #expect(detail.history.last?.text == "督导（实地，张三家）：屋顶已修；结论：整改到位")
        #expect(try loop.store.check().isHealthy)
    }

    @Test("督导 sends the month's theme down; a village sets its own only when none came")
    func themes() throws {
        let loop = try LoopFixture()
        let local = try loop.store.write(author: loop.secretary.id) { writer in
            try writer.setTheme(month: "2026-04", title: "饮水安全", details: "", checklist: ["看水管", " ", "问水量"])
        }
        #expect(local.origin == .local)
        #expect(local.checklist == ["看水管", "问水量"])
        let sent = try loop.store.write(author: loop.supervisor.id) { writer in
            try writer.setTheme(month: "2026-04", title: "饮水安全大排查", details: "逐户", checklist: ["水量", "水质"])
        }
        #expect(sent.id == local.id)
        #expect(sent.origin == .supervisor)
        let overwrite = loop.refusal {
            try loop.store.write(author: loop.secretary.id) { writer in
                try writer.setTheme(month: "2026-04", title: "别的", details: "", checklist: [])
            }
        }
        #expect(overwrite?.code == .workflowRefused)
        let cadre = loop.refusal {
            try loop.store.write(author: loop.cadre.id) { writer in
                try writer.setTheme(month: "2026-05", title: "住房", details: "", checklist: [])
            }
        }
        #expect(cadre?.code == .workflowRefused)
        #expect(try loop.store.theme(month: "2026-04")?.checklist == ["水量", "水质"])
        let replica = try makeStore()
        try replica.apply(try loop.store.outboxOps(limit: 10_000))
        #expect(try replica.theme(month: "2026-04") == loop.store.theme(month: "2026-04"))
    }

    @Test("editing an item changes its description but never its state, owner or deadline")
    func editKeepsWorkflowFields() throws {
        let loop = try LoopFixture()
        let item = try loop.assign(try loop.raise("屋顶漏雨"))
        var edited = item
        edited.title = "屋顶漏雨，墙体开裂"
        edited.responsibleUnit = "乡镇规划建设中心"
        edited.deadline = LoopFixture.found.adding(days: 100)
        edited.ownerID = loop.otherCadre.id
        try loop.store.write(author: loop.secretary.id) { try $0.updateItem(edited) }
        let stored = try #require(try loop.store.item(item.id))
        #expect(stored.title == "屋顶漏雨，墙体开裂")
        #expect(stored.responsibleUnit == "乡镇规划建设中心")
        #expect(stored.deadline == item.deadline)
        #expect(stored.ownerID == loop.cadre.id)
    }
}
