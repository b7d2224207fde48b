import CunzhanCore
import TerminalUI

/// The fixed filter-as-you-type sessions the benchmark replays, and the raw SQL each typed query stands for.
///
/// Each session types a realistic query into the household filter and backspaces it away again:
/// pinyin initials `zs`, full pinyin `zhang`, the surnames 张 and 王, and four digits of an ID tail.
/// The reference query is the one index range scan that answers the same text with a page of rows,
/// the least work SQLite can do for it; the register's own query does more (it also matches pinyin,
/// given names, phones and groups), and the ratio between the two shows what that costs.
public enum BenchTypingScript {
    /// The sessions; `idTail` is four characters of a real head-of-household ID number in the data set.
    public static func sessions(idTail: String) -> [[Key]] {
        let typed = ["zs", "zhang", "张", "王", idTail]
        return typed.map { text in
            text.map { Key.character($0) } + Array(repeating: Key.backspace, count: text.count)
        }
    }

    /// The filter texts the sessions pass through, one per key, in order (what the reference queries).
    public static func filterTexts(after keys: [Key], startingFrom start: String = "") -> [String] {
        var text = start
        return keys.map { key in
            switch key {
            case .character(let character): text.append(character)
            case .backspace: if !text.isEmpty { text.removeLast() }
            default: break
            }
            return text
        }
    }

    /// The raw SQL for a page of `limit` households matching `text` on its one natural index: initials for
    /// letters, ID-number tail for four or more digits (the in-village household number for fewer), head name otherwise, and the list order when empty.
    public static func referenceQuery(for text: String, limit: Int) -> (sql: String, arguments: [String]) {
        let query = SearchKey.normalizedQuery(text)
        let columns = "SELECT id, household_number, head_name FROM households"
        func range(_ column: String, _ index: String, _ value: String) -> (sql: String, arguments: [String]) {
            (
                "\(columns) INDEXED BY \(index) WHERE \(column) >= ? AND \(column) < ? LIMIT \(limit)",
                [value, value + "\u{10FFFF}"]
            )
        }
        if query.isEmpty {
            return ("\(columns) INDEXED BY households_by_number ORDER BY household_number, id LIMIT \(limit)", [])
        }
        if query.allSatisfy({ $0.isASCII && $0.isLetter }) {
            return range("search_initials", "households_by_initials", query)
        }
        if query.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "x") }) {
            if query.count >= 4 {
                return range("head_id_reversed", "households_by_id_tail", String(query.uppercased().reversed()))
            }
            // Fewer digits: the in-village part of the household number, as the register matches it.
            return query.hasPrefix("0")
                ? range("local_number", "households_by_local_number", query)
                : range("number_key", "households_by_number_key", query)
        }
        return range("head_name", "households_by_head_name", query)
    }
}
