import Yams

/// Chinese messages for the YAML syntax errors that libyaml reports in English.
enum YAMLSyntaxMessage {
    /// The position and a Chinese message for an error thrown by `Yams.compose`.
    static func describe(_ error: any Error) -> (line: Int, column: Int, message: String) {
        guard let yamlError = error as? YamlError else {
            return (1, 1, "无法读取 YAML：\(error)")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, "YAML 格式错误：\(explain(problem))（\(problem)）")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (
                context.mark.line, context.mark.column,
                "同一处的键重复：\(duplicates.joined(separator: ", "))，每个键只能写一次"
            )
        case .reader(let problem, _, _, _):
            return (1, 1, "文件不是有效的 UTF-8 文本（\(problem)），请以 UTF-8 编码保存")
        default:
            return (1, 1, "无法读取 YAML：\(yamlError)")
        }
    }

    private static func explain(_ problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return "这里不能出现“键: 值”，多半是缩进不对，或文字里的冒号需要加引号"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return "缩进不对齐，同一层的键和列表项应从同一列开始"
        }
        if problem.contains("cannot start any token") {
            return "有不能开头的字符（如 Tab 缩进、@ 或 `），请用空格缩进，或给文字加引号"
        }
        if problem.contains("could not find expected ':'") {
            return "缺少冒号“:”"
        }
        if problem.contains("found unexpected end of stream") || problem.contains("found unexpected end") {
            return "文件意外结束，可能缺少右引号或右括号"
        }
        if problem.contains("flow") {
            return "方括号或花括号没有配对"
        }
        return "无法解析此处"
    }
}
