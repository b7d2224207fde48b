import CunzhanScreens
import TerminalUI
import Testing

/// The register as it opens: header, the first households in number order, masked ID numbers, goldens.
@Suite struct HouseholdRegisterFirstPageTests {
    @Test func opensOnTheFirstHouseholdsInNumberOrderUnderTheHeader() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        let frame = RegisterFrame(program.step([]))
        // At 80 columns the kind column is 9 wide, so its label "户类型/监测" is cut to "户类型/..".
        for label in ["户编号", "户主", "组", "人口", "户类型/", "最近走访", "证件号"] {
            #expect(frame.header.contains(label), "header: \(frame.header)")
        }
        #expect(frame.dataRows.count == 20)
        #expect(frame.householdNumbers == fixture.households.prefix(20).map(\.number))
        for (row, household) in zip(frame.dataRows, fixture.households) {
            #expect(row.contains(household.headName), "\(row)")
            #expect(row.contains(household.kindLabel), "\(row)")
            #expect(row.contains("未走访"), "\(row)")
        }
        #expect(frame.position == "第 1/30 行")
        #expect(frame.statusLine.contains("/ 筛选"))
    }

    @Test func topBarNamesTheRegisterTheVillageAndThePendingUploads() throws {
        let fixture = try RegisterFixture()
        var program = try fixture.program()
        let frame = RegisterFrame(program.step([]))
        #expect(frame.topBar.contains("村站：农户"))
        #expect(frame.topBar.contains("村：和平村"))
        #expect(frame.topBar.contains("待上传"))
        #expect(program.screenTitles == ["农户"])
    }

    @Test func idNumbersAreShownMaskedAndNeverWhole() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        let frame = RegisterFrame(program.step([]))
        for (row, household) in zip(frame.dataRows, fixture.households) {
            #expect(row.contains(household.maskedID), "\(row)")
            #expect(household.maskedID.hasPrefix("530") && household.maskedID.contains("***********"))
        }
        for household in fixture.households {
            #expect(!frame.contains(household.idNumber), "full ID number of \(household.headName) on screen")
            #expect(!frame.contains(household.phone), "full phone of \(household.headName) on screen")
        }
    }

    @Test func mixedChineseAndASCIIColumnsLineUpUnderTheirHeaders() throws {
        let fixture = try RegisterFixture(households: 30)
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 30)] {
            var program = try fixture.program(size: size)
            let frame = RegisterFrame(program.step([]))
            let headColumn = try #require(RegisterFrame.column(of: "户主", in: frame.header))
            let groupColumn = try #require(RegisterFrame.column(of: "组 ", in: frame.header))
            let idColumn = try #require(RegisterFrame.column(of: "证件号", in: frame.header))
            for (row, household) in zip(frame.dataRows, fixture.households) {
                #expect(RegisterFrame.column(of: household.headName, in: row) == headColumn, "\(size): \(row)")
                #expect(RegisterFrame.column(of: household.groupName, in: row) == groupColumn, "\(size): \(row)")
                #expect(RegisterFrame.column(of: household.maskedID, in: row) == idColumn, "\(size): \(row)")
                #expect(DisplayWidth.of(row) == size.width, "\(size): \(row)")
            }
        }
    }

    @Test func registerAt80By24MatchesItsGoldenFile() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program(size: Size(width: 80, height: 24))
        try ScreenSnapshot.expect(program.step([]), named: "HouseholdList/register-80x24")
    }

    @Test func registerAt120By30MatchesItsGoldenFile() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program(size: Size(width: 120, height: 30))
        try ScreenSnapshot.expect(program.step([]), named: "HouseholdList/register-120x30")
    }

    @Test func filteredRegisterWithTheSummaryBoxMatchesItsGoldenFile() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        _ = program.step(pressing(.character("/")) + typing("zs") + pressing(.enter, .down))
        try ScreenSnapshot.expect(program.step(pressing(.enter)), named: "HouseholdList/filtered-summary-80x24")
    }
}
