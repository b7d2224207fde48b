import Yams

/// One parsed definition file: a form or a list.
enum ScreenDefinition: Sendable {
    case form(FormDefinition)
    case list(ListDefinition)

    var id: String {
        switch self {
        case .form(let form): form.id
        case .list(let list): list.id
        }
    }
}

/// Turns the text of one `Screens/*.yaml` file into a definition, collecting every problem on the way.
///
/// Works on Yams' node tree rather than `Decodable` so that every key and value keeps its line and
/// column, and so that one bad field does not hide the problems of the next.
struct DefinitionParser {
    var diagnostics: Diagnostics

    static let formKeys = ["form", "title", "fields", "sections"]
    static let listKeys = ["list", "title", "columns", "sort", "filters", "empty_message"]

    /// Parses `text`, naming `file` in messages; the definition is nil whenever any problem was found.
    static func parse(file: String, text: String) -> (definition: ScreenDefinition?, errors: [DefinitionError]) {
        var parser = DefinitionParser(diagnostics: Diagnostics(file: file))
        let definition = parser.parseDocument(text)
        let errors = parser.diagnostics.errors.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return (errors.isEmpty ? definition : nil, errors)
    }

    private mutating func parseDocument(_ text: String) -> ScreenDefinition? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.report("文件是空的，应以 form: <编号> 或 list: <编号> 开头", line: 1, column: 1)
                return nil
            }
            root = node
        } catch {
            let (line, column, message) = YAMLSyntaxMessage.describe(error)
            diagnostics.report(message, line: line, column: column)
            return nil
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.report("文件应以 form: <编号> 或 list: <编号> 开头，现在是“\(root.shown)”", at: root)
            return nil
        }
        let isForm = mapping["form"] != nil
        let isList = mapping["list"] != nil
        switch (isForm, isList) {
        case (true, true):
            diagnostics.report("一个文件只能定义一个表单或一个列表，不能同时有 form 和 list", at: root)
            return nil
        case (false, false):
            diagnostics.report("文件应以 form: <编号>（表单）或 list: <编号>（列表）开头", at: root)
            return nil
        case (true, false):
            return parseForm(root).map(ScreenDefinition.form)
        case (false, true):
            return parseList(root).map(ScreenDefinition.list)
        }
    }

    private mutating func parseForm(_ root: Node) -> FormDefinition? {
        guard let keyed = keyed(root, allowed: Self.formKeys, context: "表单") else { return nil }
        let id = identifier(keyed, "form", context: "表单")
        let context = id.map { "表单 \($0) " } ?? "表单"
        let title = string(keyed, "title", required: true, context: context)
        var sections: [FormSection] = []
        var drafts: [FieldDraft] = []
        switch (keyed.value("fields"), keyed.value("sections")) {
        case (.some, .some):
            diagnostics.report("\(context)只能用 fields（平铺）或 sections（分节）之一，不能两者都有", at: root)
        case (nil, nil):
            diagnostics.report("\(context)缺少 fields（字段列表）或 sections（分节）", at: root)
        case (.some, nil):
            let fields = parseFields(keyed, context: context)
            drafts += fields
            sections = [FormSection(title: nil, fields: fields.map(\.field))]
        case (nil, .some):
            for sectionNode in sequence(keyed, "sections", required: true, context: context) ?? [] {
                guard let section = self.keyed(sectionNode, allowed: ["title", "fields"], context: "分节") else {
                    continue
                }
                let sectionTitle = string(section, "title", required: true, context: "分节")
                let fields = parseFields(section, context: sectionTitle.map { "分节“\($0)”" } ?? "分节")
                drafts += fields
                sections.append(FormSection(title: sectionTitle, fields: fields.map(\.field)))
            }
        }
        checkFieldIDsAreUnique(drafts)
        checkConditions(drafts)
        guard let id, let title else { return nil }
        return FormDefinition(id: id, title: title, sections: sections, file: diagnostics.file)
    }

    private mutating func parseFields(_ keyed: KeyedNode, context: String) -> [FieldDraft] {
        (sequence(keyed, "fields", required: true, context: context) ?? []).compactMap { parseField($0) }
    }

    private mutating func checkFieldIDsAreUnique(_ drafts: [FieldDraft]) {
        var seen: [FieldID: FieldDraft] = [:]
        for draft in drafts {
            if let first = seen[draft.field.id] {
                diagnostics.report(
                    "字段编号“\(draft.field.id)”重复（第 \(first.field.line) 行已有），请改用另一个编号", at: draft.idNode)
            } else {
                seen[draft.field.id] = draft
            }
        }
    }
}
