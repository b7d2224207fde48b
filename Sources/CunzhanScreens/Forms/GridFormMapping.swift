import CunzhanCore
import ScreenDefinitions

/// Turns the answers of the grid form (`Screens/grid.yaml`) into a `Grid`, and back.
///
/// Groups are typed by name, several separated by 、 or ，(组 and 村民小组 taken as the same, as in the
/// household form); the grid worker and deputy by name among the users who may hold the job. A name that
/// is not found gives a message naming the field and listing what may be typed.
public struct GridFormMapping: Sendable {
    /// What a grid needs that the form does not ask.
    public struct Context: Sendable {
        public var villageID: VillageID
        public var groups: [VillagerGroup]
        /// Users who may be a grid worker or deputy, by name.
        public var workers: [ActingUser]
        /// The grid being edited, or nil for a new one.
        public var existing: Grid?

        public init(villageID: VillageID, groups: [VillagerGroup], workers: [ActingUser], existing: Grid? = nil) {
            self.villageID = villageID
            self.groups = groups
            self.workers = workers
            self.existing = existing
        }
    }

    static let name = "name"
    static let groups = "groups"
    static let worker = "worker"
    static let deputy = "deputy"

    public let definition: FormDefinition

    public init(definition: FormDefinition) {
        self.definition = definition
    }

    /// The grid the answers describe.
    public func grid(from values: [String: String], context: Context) throws(FormMappingError) -> MappedForm<Grid> {
        var reader = FormValueReader(definition: definition, values: values)
        let name = reader.text(Self.name)
        let groups = self.groups(&reader, among: context.groups)
        let worker = person(&reader, Self.worker, "网格员", among: context.workers)
        let deputy = person(&reader, Self.deputy, "副网格员", among: context.workers)
        var grid: Grid?
        if !name.isEmpty, let groups, !groups.isEmpty, let worker {
            grid = Grid(
                id: context.existing?.id ?? GridID(), villageID: context.villageID, groupID: groups.first?.id,
                name: name,
                workerID: worker.id, deputyID: deputy?.id, groupIDs: groups.map(\.id))
        }
        return try reader.finish(grid)
    }

    /// The form's answers for `grid`, to edit it.
    public func values(from grid: Grid, groups: [VillagerGroup], workers: [ActingUser]) -> [String: String] {
        var values = definition.blankValues(with: [:])
        values[Self.name] = grid.name
        values[Self.groups] = grid.groupIDs.compactMap { id in groups.first { $0.id == id }?.name }.joined(
            separator: "、")
        values[Self.worker] = grid.workerID.flatMap { id in workers.first { $0.id == id }?.name } ?? ""
        values[Self.deputy] = grid.deputyID.flatMap { id in workers.first { $0.id == id }?.name } ?? ""
        return values
    }

    private func groups(_ reader: inout FormValueReader, among groups: [VillagerGroup]) -> [VillagerGroup]? {
        let text = reader.text(Self.groups)
        let label = reader.label(Self.groups, "覆盖小组")
        let names = text.split { "、，,；; ".contains($0) }.map(String.init)
        guard !names.isEmpty else {
            reader.report(Self.groups, "\(label)：必填")
            return nil
        }
        let short = { (text: String) in text.replacing("村民小组", with: "组") }
        var found: [VillagerGroup] = []
        for name in names {
            guard
                let group = groups.first(where: { $0.name == name })
                    ?? groups.first(where: { short($0.name) == short(name) })
            else {
                let known = groups.map(\.name).joined(separator: "、")
                reader.report(Self.groups, "\(label)：本村没有“\(name)”，请填写本村的村民小组：\(known)")
                return nil
            }
            found.append(group)
        }
        return found
    }

    private func person(
        _ reader: inout FormValueReader, _ id: FieldID, _ fallback: String, among workers: [ActingUser]
    ) -> ActingUser? {
        let name = reader.text(id)
        guard !name.isEmpty else { return nil }
        guard let worker = workers.first(where: { $0.name == name }) else {
            let label = reader.label(id, fallback)
            let known = workers.map(\.name).joined(separator: "、")
            reader.report(id, "\(label)：没有名为“\(name)”的村干部或网格员，可填写：\(known)")
            return nil
        }
        return worker
    }
}
