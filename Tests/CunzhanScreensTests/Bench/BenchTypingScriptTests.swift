import CunzhanScreens
import TerminalUI
import Testing

@Suite struct BenchTypingScriptTests {
    @Test func everySessionTypesItsQueryAndBackspacesBackToEmpty() {
        let sessions = BenchTypingScript.sessions(idTail: "123X")
        #expect(sessions.count == 5)
        for keys in sessions {
            #expect(BenchTypingScript.filterTexts(after: keys).last == "")
        }
        #expect(
            BenchTypingScript.filterTexts(after: sessions[1]) == [
                "z", "zh", "zha", "zhan", "zhang", "zhan", "zha",
                "zh", "z", "",
            ])
        #expect(sessions[2] == [.character("张"), .backspace])
        #expect(BenchTypingScript.filterTexts(after: sessions[4]).prefix(4) == ["1", "12", "123", "123X"])
    }

    @Test func lettersAreLookedUpOnTheInitialsIndex() {
        let query = BenchTypingScript.referenceQuery(for: "ZS", limit: 28)
        #expect(query.sql.contains("INDEXED BY households_by_initials"))
        #expect(query.sql.hasSuffix("LIMIT 28"))
        #expect(query.arguments == ["zs", "zs\u{10FFFF}"])
    }

    @Test func anIDTailIsLookedUpReversedOnTheTailIndex() {
        let query = BenchTypingScript.referenceQuery(for: "123x", limit: 10)
        #expect(query.sql.contains("households_by_id_tail"))
        #expect(query.arguments.first == "X321")
    }

    @Test func fewDigitsUseTheHouseholdNumberAndNamesTheHeadNameIndex() {
        #expect(BenchTypingScript.referenceQuery(for: "12", limit: 10).sql.contains("households_by_number"))
        #expect(BenchTypingScript.referenceQuery(for: "张", limit: 10).sql.contains("households_by_head_name"))
    }

    @Test func anEmptyFilterReadsTheFirstPageInListOrder() {
        let query = BenchTypingScript.referenceQuery(for: "", limit: 5)
        #expect(query.sql.contains("ORDER BY household_number, id LIMIT 5"))
        #expect(query.arguments.isEmpty)
    }
}
