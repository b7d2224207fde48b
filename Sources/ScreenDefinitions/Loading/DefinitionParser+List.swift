import Yams

/// Parsing of list definitions: columns, sort options and filters.
extension DefinitionParser {
    /// The narrowest screen Cunzhan supports; fixed column widths must fit in it.
    static let screenWidth = 80

    mutating func parseList(_ root: Node) -> ListDefinition? {
        guard let keyed = keyed(root, allowed: Self.listKeys, context: "列表") else { return nil }
        let id = identifier(keyed, "list", context: "列表")
        let context = id.map { "列表 \($0) " } ?? "列表"
        let title = string(keyed, "title", required: true, context: context)
        let columnNodes = sequence(keyed, "columns", required: true, context: context) ?? []
        let parsedColumns = columnNodes.compactMap { node in parseColumn(node).map { ($0, node) } }
        let columns = parsedColumns.map(\.0)
        checkUnique(parsedColumns.map { ($0.0.id, $0.1) }, what: "列编号")
        let fixed = columns.compactMap { if case .fixed(let width) = $0.width { width } else { nil } }
        let total = fixed.reduce(0, +) + max(columns.count - 1, 0)
        if fixed.count == columns.count, total > Self.screenWidth, let node = keyed.value("columns") {
            diagnostics.report(
                "\(context)的固定列宽合计 \(total) 列（含列间空格）超过 \(Self.screenWidth) 列的屏幕，请减小 width 或改用 weight",
                at: node)
        }
        let columnIDs = columns.map(\.id)
        var sortOptions: [SortOption] = []
        if keyed.has("sort") {
            for node in sequence(keyed, "sort", required: false, context: context) ?? [] {
                if let option = parseSort(node, columnIDs: columnIDs) { sortOptions.append(option) }
            }
            if sortOptions.filter(\.isDefault).count > 1, let node = keyed.value("sort") {
                diagnostics.report("\(context)有多个 default: true 的排序，只能有一个", at: node)
            }
        }
        var filters: [FilterDefinition] = []
        if keyed.has("filters") {
            let nodes = sequence(keyed, "filters", required: false, context: context) ?? []
            let parsed = nodes.compactMap { node in parseFilter(node).map { ($0, node) } }
            filters = parsed.map(\.0)
            checkUnique(parsed.map { ($0.0.id, $0.1) }, what: "筛选编号")
        }
        let emptyMessage = string(keyed, "empty_message", required: false, context: context) ?? "没有符合条件的记录"
        guard let id, let title else { return nil }
        return ListDefinition(
            id: id, title: title, columns: columns, sortOptions: sortOptions, filters: filters,
            emptyMessage: emptyMessage, file: diagnostics.file)
    }

    private mutating func parseColumn(_ node: Node) -> ColumnDefinition? {
        guard let keyed = keyed(node, allowed: ["id", "label", "width", "weight", "align"], context: "列") else {
            return nil
        }
        guard let id = identifier(keyed, "id", context: "列") else { return nil }
        let context = "列 \(id) "
        let label = string(keyed, "label", required: true, context: context)
        var width = ColumnWidth.weight(1)
        if keyed.has("width"), keyed.has("weight") {
            diagnostics.report("\(context)只能有 width（固定列宽）或 weight（按比例分配）之一", at: keyed.value("weight"))
        } else if let fixed = integer(keyed, "width", in: 1...Self.screenWidth, context: context) {
            width = .fixed(fixed)
        } else if let weight = integer(keyed, "weight", in: 1...100, context: context) {
            width = .weight(weight)
        }
        var alignment = ColumnAlignment.left
        if let text = string(keyed, "align", required: false, context: context) {
            if let value = ColumnAlignment(rawValue: text) {
                alignment = value
            } else {
                diagnostics.report("\(context)的 align“\(text)”无效，可用：left, right, center", at: keyed.value("align"))
            }
        }
        guard let label else { return nil }
        return ColumnDefinition(id: id, label: label, width: width, alignment: alignment)
    }

    private mutating func parseSort(_ node: Node, columnIDs: [FieldID]) -> SortOption? {
        let keys = ["id", "label", "by", "order", "default"]
        guard let keyed = keyed(node, allowed: keys, context: "排序") else { return nil }
        guard let id = identifier(keyed, "id", context: "排序") else { return nil }
        let context = "排序 \(id) "
        let label = string(keyed, "label", required: true, context: context)
        var columns: [FieldID] = []
        if let byNode = keyed.value("by") {
            for (column, columnNode) in texts(byNode, context: "\(context)的 by ") ?? [] {
                if columnIDs.contains(column) {
                    columns.append(column)
                } else {
                    diagnostics.report(
                        "\(context)的 by 指向不存在的列“\(column)”，可用的列：\(columnIDs.joined(separator: ", "))",
                        at: columnNode)
                }
            }
        } else {
            diagnostics.report("\(context)缺少“by”（按哪一列排序）", at: node)
        }
        var isDescending = false
        if let order = string(keyed, "order", required: false, context: context) {
            switch order {
            case "ascending": isDescending = false
            case "descending": isDescending = true
            default:
                diagnostics.report("\(context)的 order“\(order)”无效，可用：ascending, descending", at: keyed.value("order"))
            }
        }
        let isDefault = bool(keyed, "default", context: context) ?? false
        guard let label, !columns.isEmpty else { return nil }
        return SortOption(id: id, label: label, columns: columns, isDescending: isDescending, isDefault: isDefault)
    }

    private mutating func parseFilter(_ node: Node) -> FilterDefinition? {
        guard let keyed = keyed(node, allowed: ["id", "label", "type", "choices"], context: "筛选") else { return nil }
        guard let id = identifier(keyed, "id", context: "筛选") else { return nil }
        let context = "筛选 \(id) "
        let label = string(keyed, "label", required: true, context: context)
        let typeText = string(keyed, "type", required: true, context: context)
        let type: FieldType?
        switch typeText {
        case "text": type = .text
        case "choice": type = .choice
        case "yes-no": type = .yesNo
        case nil: type = nil
        case .some(let other):
            diagnostics.report("\(context)的类型“\(other)”无效，可用类型：text, choice, yes-no", at: keyed.value("type"))
            type = nil
        }
        var choices: [String] = []
        var vocabulary: Vocabulary?
        if let choicesNode = keyed.value("choices") {
            if type == .choice {
                (choices, vocabulary) = choiceList(choicesNode, context: context)
            } else if type != nil {
                diagnostics.report("\(context)的类型是 \(typeText ?? "")，不能有 choices（只有 choice 可以）", at: choicesNode)
            }
        } else if type == .choice {
            diagnostics.report("\(context)的类型是 choice，缺少 choices", at: node)
        } else if type == .yesNo {
            choices = YesNo.labels
        }
        guard let label, let type else { return nil }
        return FilterDefinition(id: id, label: label, type: type, choices: choices, vocabulary: vocabulary)
    }

    private mutating func checkUnique(_ items: [(String, Node)], what: String) {
        var seen: Set<String> = []
        for (id, node) in items where !seen.insert(id).inserted {
            diagnostics.report("\(what)“\(id)”重复，请改用另一个编号", at: node)
        }
    }
}
