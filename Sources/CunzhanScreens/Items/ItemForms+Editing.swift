import CunzhanCore
import CunzhanStore
import ScreenDefinitions

/// Raising a new item and editing an item's description (`Screens/item.yaml`).
extension ItemForms {
    /// The form to raise an item in `villageID`; it joins the theme of the month it was found in when one
    /// is set. With `prefill` (an item suggested by a visit or inspection) the form starts with its
    /// description, category, source, scope and household so the user can edit them before saving, and the
    /// saved item keeps the found date and the link to the record while its source stays that record's kind.
    func raise(in villageID: VillageID, prefill: ItemPrefill? = nil) -> RecordForm? {
        guard let definition = context.catalog.form("item") else { return nil }
        let store = context.store
        let author = context.user.id
        let today = context.today
        return RecordForm(
            title: prefill == nil ? "登记整改事项" : "登记整改事项（来自\(prefill?.item.source.label ?? "")）",
            intro: prefill == nil ? "写明发现的问题，保存后待第一书记定责" : "已按来源记录填好，核对修改后按 Ctrl-S 保存，保存后待第一书记定责",
            definition: definition, values: prefill?.values ?? [:], context: context.station
        ) { values in
            var reader = FormValueReader(definition: definition, values: values)
            let fields = Self.readItemFields(&reader)
            let mapped = try reader.finish(fields)
            try store.write(author: author) { writer in
                let raisedOn = prefill?.item.raisedOn ?? today
                let linked = prefill.flatMap { $0.item.source == mapped.record.source ? $0.item.sourceRecordID : nil }
                var item = RectificationItem(
                    villageID: villageID, themeID: try writer.themeID(month: raisedOn.monthKey),
                    scope: mapped.record.scope,
                    source: mapped.record.source, category: mapped.record.category, title: mapped.record.title,
                    details: mapped.record.details, raisedBy: author, raisedOn: raisedOn,
                    responsibleUnit: mapped.record.responsibleUnit, sourceRecordID: linked)
                try Self.place(&item, mapped.record, writer: writer)
                try writer.raiseItem(item)
            }
        }
    }

    /// The form to edit the description, category, scope and responsible unit of the item of `detail`.
    func edit(_ detail: ItemDetail) -> RecordForm? {
        guard let definition = context.catalog.form("item") else { return nil }
        let item = detail.item
        var values: [String: String] = [
            "title": item.title, "details": item.details, "category": item.category.label,
            "source": item.source.label, "scope": item.scope.label, "responsible_unit": item.responsibleUnit,
        ]
        if item.scope == .household, let tail = detail.concerns.split(separator: "（").last {
            values["household_number"] = String(tail.dropLast())
        }
        if item.scope == .villagerGroup { values["group_name"] = detail.concerns }
        let store = context.store
        let author = context.user.id
        return RecordForm(
            title: "修改整改事项", intro: "状态、责任人和时限通过定责、延期等操作改变", definition: definition, values: values,
            context: context.station
        ) { values in
            var reader = FormValueReader(definition: definition, values: values)
            let fields = Self.readItemFields(&reader)
            let mapped = try reader.finish(fields)
            try store.write(author: author) { writer in
                var edited = item
                edited.title = mapped.record.title
                edited.details = mapped.record.details
                edited.category = mapped.record.category
                edited.source = mapped.record.source
                edited.scope = mapped.record.scope
                edited.responsibleUnit = mapped.record.responsibleUnit
                try Self.place(&edited, mapped.record, writer: writer)
                try writer.updateItem(edited)
            }
        }
    }

    /// The item form's answers.
    struct ItemFields: Sendable, Equatable {
        var title: String
        var details: String
        var category: ItemCategory
        var source: ItemSource
        var scope: ItemScope
        var householdNumber: String
        var groupName: String
        var responsibleUnit: String
    }

    static func readItemFields(_ reader: inout FormValueReader) -> ItemFields? {
        let title = reader.text("title")
        let details = reader.text("details")
        let category = reader.requiredChoice("category", "类别", as: ItemCategory.self)
        let source = reader.requiredChoice("source", "来源", as: ItemSource.self)
        let scope = reader.requiredChoice("scope", "范围", as: ItemScope.self)
        let number = reader.text("household_number")
        let group = reader.text("group_name")
        let unit = reader.text("responsible_unit")
        guard let category, let source, let scope else { return nil }
        return ItemFields(
            title: title, details: details, category: category, source: source, scope: scope, householdNumber: number,
            groupName: group, responsibleUnit: unit)
    }

    /// Points the item at the household or group its scope names, looked up in the item's village.
    static func place(_ item: inout RectificationItem, _ fields: ItemFields, writer: StationWriter) throws {
        item.householdID = nil
        item.groupID = nil
        switch fields.scope {
        case .household: item.householdID = try writer.householdID(numbered: fields.householdNumber, in: item.villageID)
        case .villagerGroup: item.groupID = try writer.groupID(named: fields.groupName, in: item.villageID)
        case .village: break
        }
    }
}
