import CunzhanScreens
import CunzhanStore
import ScreenDefinitions
import TerminalUI
import Testing

/// The register's summary box, its layout after a resize, and a county's override of its columns.
@Suite struct HouseholdRegisterLayoutTests {
    @Test func enterShowsTheSelectedHouseholdsSummaryAndAnyKeyClosesIt() throws {
        let fixture = try RegisterFixture(households: 30)
        let target = try fixture.household(named: "王五")
        var program = try fixture.program()
        let frame = RegisterFrame(program.step(pressing(.down, .down, .enter)))
        #expect(program.isShowingOverlay)
        #expect(frame.contains("农户概况"))
        #expect(frame.contains("户编号：" + target.number))
        #expect(frame.contains("户主：王五"))
        #expect(frame.contains("组：" + target.groupName))
        #expect(frame.contains("证件号：" + target.maskedID))
        #expect(frame.contains("最近走访：未走访"))
        #expect(frame.contains("按任意键继续"))
        #expect(!frame.contains(target.idNumber))
        let closed = RegisterFrame(program.step(pressing(.character("x"))))
        #expect(!program.isShowingOverlay)
        #expect(!closed.contains("农户概况"))
        #expect(closed.position == "第 3/30 行")
    }

    @Test func helpListsTheRegistersKeysAndCloses() throws {
        let fixture = try RegisterFixture()
        var program = try fixture.program()
        for key in [Key.function(1), .character("?")] {
            let frame = RegisterFrame(program.step(pressing(key)))
            #expect(frame.contains("帮助：农户"))
            #expect(frame.contains("本页按键："))
            #expect(frame.contains("筛选"))
            #expect(frame.contains("PgUp PgDn"))
            #expect(frame.contains("全局按键："))
            let closed = RegisterFrame(program.step(pressing(.escape)))
            #expect(!closed.contains("本页按键："))
        }
        #expect(!program.isFinished)
    }

    @Test func resizingTo120By30ShowsMoreRowsAndWiderColumns() throws {
        let fixture = try RegisterFixture(households: 60)
        var program = try fixture.program()
        let small = RegisterFrame(program.step([]))
        let large = RegisterFrame(program.step([.resize(Size(width: 120, height: 30))]))
        #expect(small.householdNumbers.count == 20)
        #expect(large.lines.count == 30)
        #expect(large.householdNumbers == fixture.households.prefix(26).map(\.number))
        #expect(large.lines.allSatisfy { DisplayWidth.of($0) == 120 })
        #expect(large.position == "第 1/60 行")
        let smallHead = try #require(RegisterFrame.column(of: "组 ", in: small.header))
        let largeHead = try #require(RegisterFrame.column(of: "组 ", in: large.header))
        #expect(largeHead > smallHead, "the flexible name column grows with the width")
    }

    @Test func tooSmallAWindowAsksForRoomAndTheRegisterComesBack() throws {
        let fixture = try RegisterFixture(households: 60)
        var program = try fixture.program()
        let before = RegisterFrame(program.step(pressing(.down, .down)))
        let tooSmall = RegisterFrame(program.step([.resize(Size(width: 60, height: 20))]))
        #expect(program.isTooSmall)
        #expect(tooSmall.lines.count == 20)
        #expect(tooSmall.contains("终端窗口太小"))
        #expect(tooSmall.contains("当前 60"))
        #expect(tooSmall.householdNumbers.isEmpty)
        let ignored = RegisterFrame(program.step(pressing(.down, .character("q"))))
        #expect(!program.isFinished, "keys are ignored while the window is too small")
        #expect(ignored.contains("终端窗口太小"))
        let back = RegisterFrame(program.step([.resize(Size(width: 80, height: 24))]))
        #expect(back.lines == before.lines)
        #expect(back.position == "第 3/60 行")
    }

    @Test func anOverrideListDefinitionChangesTheTitleAndTheColumns() throws {
        let fixture = try RegisterFixture(households: 30)
        let override = try ScreenCatalog(files: [
            DefinitionFile(
                name: "override/households.list.yaml",
                text: """
                    list: households
                    title: 农户花名册
                    columns:
                      - {id: household_number, label: 编号, width: 16}
                      - {id: head_name, label: 户主姓名, weight: 1}
                      - {id: phone_masked, label: 联系电话, width: 12}
                    empty_message: 查无此户
                    """)
        ])
        var program = try fixture.program(catalog: ScreenCatalog.defaults.replacing(with: override))
        let frame = RegisterFrame(program.step([]))
        #expect(frame.topBar.contains("村站：农户花名册"))
        #expect(frame.header.contains("编号") && frame.header.contains("户主姓名") && frame.header.contains("联系电话"))
        for label in ["户编号", "人口", "证件号", "最近走访"] { #expect(!frame.header.contains(label), "\(label)") }
        let first = try #require(fixture.households.first)
        #expect(frame.dataRows.first?.contains("138****" + first.phone.suffix(4)) == true)
        #expect(!frame.contains(first.maskedID))
        let empty = RegisterFrame(program.step(pressing(.character("/")) + typing("xyzxyz")))
        #expect(empty.contains("查无此户"))
    }

    @Test func aCatalogWithoutTheHouseholdsListIsAChineseErrorNotACrash() throws {
        let fixture = try RegisterFixture()
        let catalog = try ScreenCatalog(files: [])
        #expect(throws: StoreError.self) { try fixture.program(catalog: catalog) }
    }
}
