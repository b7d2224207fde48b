import CunzhanCore
import CunzhanStore
import TerminalUI
import Testing

@testable import CunzhanScreens

/// Who gets the add and edit keys: the register made for a signed-in user follows `Capability.editHousehold`.
struct HouseholdEditRightsTests {
    @Test func aCadresRegisterOffersAddingInTheUsersVillage() throws {
        let fixture = try StationFixture()
        let session = Session.of(fixture.cadre, villages: try fixture.store.villages())
        let register = try fixture.screens().householdRegister(session: session)
        #expect(register.context?.mayEditHouseholds == true)
        #expect(register.context?.villageID == fixture.village.id)
        #expect(register.keyHints.contains(KeyHint(keys: "a", action: "新增农户")))
    }

    @Test func aCadreAddsAHouseholdNumberedAfterTheVillagesLast() throws {
        let fixture = try StationFixture()
        let session = Session.of(fixture.cadre, villages: try fixture.store.villages())
        var program = Program(
            root: try fixture.screens().householdRegister(session: session), theme: .monochrome, size: .minimum)
        let frame = program.press(.character("a"))
        #expect(program.screenTitles.last == "新增农户")
        #expect(frame.text.contains("5301241002010004"), "the fixture's last number is ...0003")
    }
}
