import CunzhanCore

/// A typed filter turned into index range conditions on the households table.
///
/// Each condition is a prefix range (`column >= lower AND column < upper`) on an indexed column, so
/// matching costs an index range scan, never a full-table LIKE. What matches: head name or given name
/// prefix, pinyin initials or full pinyin prefix, household number prefix, group name, and for 4+ digits
/// the tail of the head's ID number or of the phone number.
struct HouseholdFilter {
    /// SQL boolean expressions over `h`, each with its arguments.
    var conditions: [(sql: String, arguments: [String])]

    init(_ text: String) {
        let query = SearchKey.normalizedQuery(text)
        var conditions: [(String, [String])] = []
        guard !query.isEmpty else {
            self.conditions = []
            return
        }
        func prefix(_ column: String, _ value: String) {
            conditions.append(("(h.\(column) >= ? AND h.\(column) < ?)", [value, value + "\u{10FFFF}"]))
        }
        let isASCII = query.allSatisfy(\.isASCII)
        let isLetters = isASCII && query.allSatisfy(\.isLetter)
        let isDigits = query.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "x") }
        if !isASCII {
            prefix("head_name", query)
            prefix("given_name", query)
        }
        if isLetters {
            prefix("search_initials", query)
            prefix("search_pinyin", query)
        }
        if isDigits {
            prefix("household_number", query)
            if query.count >= 4 {
                prefix("head_id_reversed", String(query.uppercased().reversed()))
                prefix("phone_reversed", String(query.reversed()))
            }
        }
        if !isLetters {
            conditions.append(
                (
                    "h.group_id IN (SELECT id FROM villager_groups WHERE instr(name, ?) > 0)", [query]
                ))
        }
        self.conditions = conditions
    }

    var isEmpty: Bool { conditions.isEmpty }

    /// All conditions joined by OR, for testing rows one by one.
    var predicate: (sql: String, arguments: [String]) {
        (conditions.map(\.sql).joined(separator: " OR "), conditions.flatMap(\.arguments))
    }

    /// A UNION of index range scans giving the matching household ids.
    var matchingIDs: (sql: String, arguments: [String]) {
        (
            conditions.map { "SELECT h.id FROM households h WHERE \($0.sql)" }.joined(separator: " UNION "),
            conditions.flatMap(\.arguments)
        )
    }
}
