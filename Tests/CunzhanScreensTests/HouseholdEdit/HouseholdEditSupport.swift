import CunzhanCore
import CunzhanStore
import Foundation
import ScreenDefinitions
import TerminalUI
import Testing

@testable import CunzhanScreens

/// Programs over `HouseholdFixture` for a user who may edit households.
extension HouseholdFixture {
    /// The fixture's context with `Capability.editHousehold` granted (or not) and its village set.
    func editingContext(allowed: Bool = true) -> StationContext {
        var context = context()
        context.mayEditHouseholds = allowed
        context.villageID = village.id
        return context
    }

    /// The household register for an editing user.
    func editingRegister(allowed: Bool = true, size: Size = .minimum) throws -> Program {
        let definition = try #require(ScreenCatalog.defaults.list("households"))
        let context = editingContext(allowed: allowed)
        return Program(
            root: HouseholdList(store: store, definition: definition, context: context), theme: .monochrome,
            size: size)
    }

    /// The household's detail for an editing user.
    func editingDetail(allowed: Bool = true, size: Size = .minimum) -> Program {
        Program(
            root: HouseholdDetail(householdID: household.id, context: editingContext(allowed: allowed)),
            theme: .monochrome, size: size)
    }

    /// The field names of the last op's payload, sorted.
    func lastOpFields() throws -> [String] {
        let op = try #require(try store.outboxOps().last)
        let object = try JSONSerialization.jsonObject(with: Data(op.payload.utf8)) as? [String: Any]
        return (object?.keys).map { $0.sorted() } ?? []
    }
}
