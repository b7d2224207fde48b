import Foundation

/// The fields of an op's payload as people read and edit them: a Chinese label and the value as text.
enum AttentionFields {
    struct Field: Equatable {
        var name: String
        var text: String
    }

    /// Chinese names of the fields people meet most; others show their stored name.
    static let labels: [String: String] = [
        "address": "地址", "population": "人口", "phone": "电话", "headName": "户主", "kind": "户类型",
        "monitoringCategory": "监测类别", "risks": "风险", "measures": "措施", "title": "标题", "details": "详情",
        "notes": "备注", "reason": "原因", "date": "日期", "deadline": "期限", "name": "姓名", "state": "状态",
        "from": "原状态", "to": "新状态", "text": "内容", "findings": "督导发现", "householdNumber": "户编号",
        "idNumber": "证件号码", "ownerID": "责任人", "answers": "其他答案", "result": "结果", "method": "方式",
    ]

    /// Fields never shown in full or edited here (identity numbers).
    static let masked: Set<String> = ["idNumber", "headIDNumber"]

    static func label(_ name: String) -> String { labels[name] ?? name }

    /// Every field of `payload` (a JSON object), by name; strings as they are, other values as JSON.
    static func all(payload: String) -> [Field] {
        guard let data = payload.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        return object.keys.sorted().map { key in Field(name: key, text: text(of: object[key])) }
    }

    /// The fields people may correct: all but identity numbers and ids.
    static func editable(payload: String) -> [Field] {
        all(payload: payload).filter { !masked.contains($0.name) && $0.name != "id" && !$0.name.hasSuffix("ID") }
    }

    static func text(of value: Any?) -> String {
        switch value {
        case let string as String: return string
        case nil, is NSNull: return ""
        default:
            guard let value, JSONSerialization.isValidJSONObject([value]),
                let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]),
                let text = String(data: data, encoding: .utf8)
            else { return "\(value ?? "")" }
            return String(text.dropFirst().dropLast())
        }
    }
}
