import CunzhanCore

/// A typed filter turned into index range conditions on the households table.
///
/// Each condition is a prefix range (`column >= lower AND column < upper`) on an indexed column, so
/// matching costs an index range scan, never a full-table LIKE. What matches: head name or given name
/// prefix, pinyin initials or full pinyin prefix, household number (its in-village part, see
/// `numberCondition`), group name, and for 4+ digits the tail of the head's ID number or of the phone number.
struct HouseholdFilter {
    /// One way a household can match: an SQL boolean expression over `h`, its arguments, and the index
    /// whose range it is (nil for the group condition, which goes through the group index).
    struct Condition {
        var sql: String
        var arguments: [String]
        var index: String?
    }

    /// The query as compared with the keys (trimmed, lower-cased, half-width).
    let query: String
    var conditions: [Condition]
    /// True when the query is one ASCII letter: its full-pinyin range is then a subset of its initials
    /// range (a name's pinyin and its initials start with the same letter), so counting can skip it.
    let isSingleLetter: Bool
    /// True when the query may match group names (it has a character that is not an ASCII letter).
    let matchesGroupNames: Bool

    init(_ text: String) {
        query = SearchKey.normalizedQuery(text)
        var conditions: [Condition] = []
        func prefix(_ column: String, _ value: String, index: String) {
            conditions.append(
                Condition(
                    sql: "(h.\(column) >= ? AND h.\(column) < ?)", arguments: [value, value + "\u{10FFFF}"],
                    index: index))
        }
        let isASCII = query.allSatisfy(\.isASCII)
        let isLetters = isASCII && query.allSatisfy(\.isLetter)
        let isDigits = query.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "x") }
        isSingleLetter = isLetters && query.count == 1
        matchesGroupNames = !query.isEmpty && !isLetters
        if !query.isEmpty {
            if !isASCII {
                prefix("head_name", query, index: "households_by_head_name")
                prefix("given_name", query, index: "households_by_given_name")
            }
            if isLetters {
                prefix("search_initials", query, index: "households_by_initials")
                prefix("search_pinyin", query, index: "households_by_pinyin")
            }
            if isDigits {
                if let number = HouseholdFilter.numberCondition(query) {
                    prefix(number.column, number.value, index: number.index)
                }
                if query.count >= 4 {
                    prefix("head_id_reversed", String(query.uppercased().reversed()), index: "households_by_id_tail")
                    prefix("phone_reversed", String(query.reversed()), index: "households_by_phone_tail")
                }
            }
            if matchesGroupNames {
                conditions.append(
                    Condition(
                        sql: "h.group_id IN (SELECT id FROM villager_groups WHERE instr(name, ?) > 0)",
                        arguments: [query], index: nil))
            }
        }
        self.conditions = conditions
    }

    var isEmpty: Bool { conditions.isEmpty }

    /// Which household-number key a query of digits matches, or nil when it names no number.
    ///
    /// More than 12 digits: a whole number, typed or pasted, matched from its start. Otherwise the
    /// in-village part: as written when the query starts with 0 ("0012"), else without leading zeros
    /// ("12" finds 0012 and 0120). Zeros alone name nothing: every number of a village starts with them.
    static func numberCondition(_ query: String) -> (column: String, value: String, index: String)? {
        if query.count > 12 { return ("household_number", query, "households_by_number") }
        guard query.contains(where: { $0 != "0" }) else { return nil }
        return query.hasPrefix("0")
            ? ("local_number", query, "households_by_local_number")
            : ("number_key", query, "households_by_number_key")
    }

    /// The same filter with the group-name condition replaced by the ids of the groups it names, or
    /// dropped when none does, so no query scans the households for a group that matches nothing.
    func resolvingGroups(_ groupIDs: [String]) -> HouseholdFilter {
        var resolved = self
        resolved.conditions = conditions.compactMap { condition in
            guard condition.index == nil else { return condition }
            guard !groupIDs.isEmpty else { return nil }
            return Condition(
                sql: "h.group_id IN (\(groupIDs.map { _ in "?" }.joined(separator: ", ")))", arguments: groupIDs,
                index: "households_by_group")
        }
        return resolved
    }

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

    /// Counting queries over disjoint parts whose sum is the number of matching households.
    ///
    /// Part `i` counts the rows in condition `i`'s index range that match no earlier condition, so no
    /// row is counted twice and no id set is built or deduplicated; each part is one index range scan
    /// (the pairs of search columns share covering indexes, so the usual parts never touch the table).
    /// Call it on a filter whose groups are resolved (`resolvingGroups`).
    var countingParts: [(sql: String, arguments: [String])] {
        var earlier: [Condition] = []
        var parts: [(sql: String, arguments: [String])] = []
        for condition in conditions {
            defer { earlier.append(condition) }
            if isSingleLetter, condition.index == "households_by_pinyin" { continue }
            var sql = "SELECT count(*) FROM households h"
            if let index = condition.index { sql += " INDEXED BY \(index)" }
            sql += " WHERE \(condition.sql)"
            var arguments = condition.arguments
            if !earlier.isEmpty {
                // ifnull: a NULL key (no phone) must count as "not matched", not as unknown.
                sql += " AND NOT ifnull(" + earlier.map(\.sql).joined(separator: " OR ") + ", 0)"
                arguments += earlier.flatMap(\.arguments)
            }
            parts.append((sql, arguments))
        }
        return parts
    }
}
