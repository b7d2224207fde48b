import CunzhanCore
import CunzhanStore
import ScreenDefinitions

extension ItemForms {
    /// The theme form for `month`, starting from `current`; checklist lines are typed separated by ；.
    func theme(month: String, current: MonthlyTheme?) -> RecordForm? {
        guard let definition = context.catalog.form("theme") else { return nil }
        let values = [
            "month": month, "title": current?.title ?? "", "details": current?.details ?? "",
            "checklist": current?.checklist.joined(separator: "；") ?? "",
        ]
        let store = context.store
        let author = context.user.id
        return RecordForm(
            title: "月度主题：\(month)", intro: "每月一主题；检查清单各项用；分开，Ctrl-S 保存", definition: definition,
            values: values, context: context.station
        ) { values in
            var reader = FormValueReader(definition: definition, values: values)
            let month = reader.text("month")
            let title = reader.text("title")
            let details = reader.text("details")
            let checklist = Self.checklistLines(reader.text("checklist"))
            let mapped = try reader.finish(month)
            try store.write(author: author) { writer in
                try writer.setTheme(month: mapped.record, title: title, details: details, checklist: checklist)
            }
        }
    }

    /// The checklist typed as one line, split on ；, ; or 、-free line breaks.
    static func checklistLines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "；" || $0 == ";" || $0 == "\n" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }
}
