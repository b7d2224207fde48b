@testable import ScreenDefinitions

/// The problems the loader reports for one file's text, named `Screens/test.yaml`.
func problems(in yaml: String) -> [DefinitionError] {
    DefinitionParser.parse(file: "Screens/test.yaml", text: yaml).errors
}

/// The form parsed from `yaml`, or nil when it has problems.
func parsedForm(_ yaml: String) -> FormDefinition? {
    guard case .form(let form) = DefinitionParser.parse(file: "Screens/test.yaml", text: yaml).definition else {
        return nil
    }
    return form
}

/// A minimal valid form whose `fields:` list is `fields` (already indented by two spaces).
func formYAML(_ fields: String) -> String {
    """
    form: test
    title: 测试
    fields:
    \(fields)
    """
}
