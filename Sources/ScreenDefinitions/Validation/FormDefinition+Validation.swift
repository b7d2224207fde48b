import CunzhanCore

/// Validation of a whole filled-in form, as done on save.
extension FormDefinition {
    /// The problems of a filled-in form, by field id; empty when it may be saved.
    ///
    /// `values` holds the text of each field by id (multi-choice answers joined by `、`, yes-no as 是/否);
    /// missing ids count as empty. Checks `required`, `required_when` and each field's type and bounds.
    /// Messages are Chinese and name the field, e.g. `备注：吃为“不达标”时必填，请说明情况`.
    public func validate(values: [String: String]) -> [FieldID: String] {
        var problems: [FieldID: String] = [:]
        for field in fields {
            let value = values[field.id]?.trimmingWhitespace() ?? ""
            if value.isEmpty {
                if field.isRequired {
                    problems[field.id] = "\(field.label)：必填"
                } else if let condition = field.requiredWhen, let cause = holds(condition, values: values) {
                    problems[field.id] = "\(field.label)：\(cause)时必填，请填写"
                }
            } else if let problem = field.problem(with: value) {
                problems[field.id] = problem
            }
        }
        return problems
    }

    /// Whether `field` must be filled given the other answers (for the 必填 mark beside it).
    public func isRequired(_ field: FieldDefinition, values: [String: String]) -> Bool {
        if field.isRequired { return true }
        guard let condition = field.requiredWhen else { return false }
        return holds(condition, values: values) != nil
    }

    /// Describes why the condition holds (`吃为“不达标”`), or nil when it does not.
    private func holds(_ condition: RequiredCondition, values: [String: String]) -> String? {
        guard let target = field(condition.field) else { return nil }
        let answer = values[condition.field]?.trimmingWhitespace() ?? ""
        let given = target.type == .multiChoice ? MultiChoiceValue.split(answer) : [answer]
        guard let match = condition.values.first(where: given.contains) else { return nil }
        return target.type == .multiChoice ? "\(target.label)选了“\(match)”" : "\(target.label)为“\(match)”"
    }
}
