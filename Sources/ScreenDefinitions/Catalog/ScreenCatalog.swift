/// Every form and list definition the program uses, by id: the compiled-in defaults, possibly with
/// some replaced from an override folder.
///
/// A county can change a questionnaire without a new binary by pointing `--screens DIR` at a folder of
/// YAML files; a file there replaces the default with the same id. A catalog value is always valid:
/// the loaders throw every problem they find instead of returning a partly loaded catalog.
public struct ScreenCatalog: Sendable {
    /// Forms by id (`visit`, `household`, …).
    public let forms: [String: FormDefinition]
    /// Lists by id (`households`, `visits`, …).
    public let lists: [String: ListDefinition]

    init(forms: [String: FormDefinition], lists: [String: ListDefinition]) {
        self.forms = forms
        self.lists = lists
    }

    /// The form with this id, if the catalog has one.
    public func form(_ id: String) -> FormDefinition? { forms[id] }

    /// The list with this id, if the catalog has one.
    public func list(_ id: String) -> ListDefinition? { lists[id] }

    /// Parses definition files, named in messages by `name`; throws every problem of every file at once.
    ///
    /// Two files that define the same form (or the same list) are a problem too.
    public init(files: [DefinitionFile]) throws(DefinitionErrors) {
        var errors: [DefinitionError] = []
        var forms: [String: FormDefinition] = [:]
        var lists: [String: ListDefinition] = [:]
        for file in files {
            let (definition, fileErrors) = DefinitionParser.parse(file: file.name, text: file.text)
            errors += fileErrors
            switch definition {
            case .form(let form):
                if let other = forms[form.id] {
                    errors.append(Self.duplicate("表单", form.id, in: file.name, first: other.file))
                } else {
                    forms[form.id] = form
                }
            case .list(let list):
                if let other = lists[list.id] {
                    errors.append(Self.duplicate("列表", list.id, in: file.name, first: other.file))
                } else {
                    lists[list.id] = list
                }
            case nil:
                break
            }
        }
        guard errors.isEmpty else { throw DefinitionErrors(errors) }
        self.init(forms: forms, lists: lists)
    }

    /// This catalog with every form and list of `other` put in place of the one with the same id.
    public func replacing(with other: ScreenCatalog) -> ScreenCatalog {
        ScreenCatalog(
            forms: forms.merging(other.forms) { _, replacement in replacement },
            lists: lists.merging(other.lists) { _, replacement in replacement })
    }

    private static func duplicate(_ kind: String, _ id: String, in file: String, first: String) -> DefinitionError {
        DefinitionError(
            file: file, line: 1, column: 1,
            message: "\(kind)编号“\(id)”与 \(first) 重复，同一编号只能由一个文件定义")
    }
}

/// The name and text of one definition file, as read from disk or compiled in.
public struct DefinitionFile: Hashable, Sendable {
    /// The file as named in messages (`Screens/visit.yaml`).
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
