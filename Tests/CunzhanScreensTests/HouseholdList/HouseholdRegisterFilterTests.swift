import CunzhanScreens
import TerminalUI
import Testing

/// The `/` filter line of the register: what each kind of query finds, and how Esc brings everything back.
@Suite struct HouseholdRegisterFilterTests {
    /// A query and the head names it must find, in household number order.
    struct Case: Sendable, CustomTestStringConvertible {
        let query: String
        let heads: [String]
        var testDescription: String { "\(query) → \(heads.joined(separator: "、"))" }
    }

    static let cases: [Case] = [
        Case(query: "zs", heads: ["张三", "张思", "赵双"]),
        Case(query: "zhangsan", heads: ["张三"]),
        Case(query: "zhang", heads: ["张三", "张思", "张建国"]),
        Case(query: "张", heads: ["张三", "张思", "张建国"]),
        Case(query: "欧阳", heads: ["欧阳修"]),
        Case(query: "二组", heads: ["赵双", "欧阳修", "张建国", "刘德华"]),
    ]

    @Test(arguments: cases)
    func typingAQueryShowsExactlyTheMatchingHouseholds(_ filterCase: Case) throws {
        let fixture = try RegisterFixture(households: 60)
        var program = try fixture.program()
        let frame = RegisterFrame(program.step(pressing(.character("/")) + typing(filterCase.query)))
        let expected = try filterCase.heads.map { try fixture.household(named: $0).number }
        #expect(frame.householdNumbers == expected, "\(frame.lines.joined(separator: "\n"))")
        #expect(frame.position == "第 1/\(expected.count) 行")
        #expect(frame.statusLine.hasPrefix("筛选：" + filterCase.query))
    }

    @Test func theLastFourCharactersOfAnIDNumberFindItsHousehold() throws {
        let fixture = try RegisterFixture(households: 60)
        let target = try fixture.household(named: "赵双")
        var program = try fixture.program()
        let frame = RegisterFrame(program.step(pressing(.character("/")) + typing(target.idTail)))
        #expect(frame.householdNumbers.contains(target.number), "\(frame.lines.joined(separator: "\n"))")
        // Four digits may also be the in-village part of a household number (0056 is household 0056).
        let others = frame.householdNumbers.filter { $0 != target.number }
        #expect(others.allSatisfy { $0.dropFirst(12).hasPrefix(target.idTail) }, "\(others)")
        #expect(frame.position == "第 1/\(frame.householdNumbers.count) 行")
        #expect(!frame.contains(target.idNumber))
    }

    @Test func theLastFourDigitsOfAPhoneNumberFindItsHousehold() throws {
        let fixture = try RegisterFixture(households: 60)
        let target = try fixture.household(named: "刘德华")
        var program = try fixture.program()
        let frame = RegisterFrame(program.step(pressing(.character("/")) + typing(String(target.phone.suffix(4)))))
        #expect(frame.householdNumbers == [target.number])
    }

    @Test func escapeClearsTheFilterAndRestoresEveryHousehold() throws {
        let fixture = try RegisterFixture(households: 60)
        var program = try fixture.program()
        let before = RegisterFrame(program.step([]))
        let filtered = RegisterFrame(program.step(pressing(.character("/")) + typing("张")))
        #expect(filtered.position == "第 1/3 行")
        let restored = RegisterFrame(program.step(pressing(.escape)))
        #expect(restored.position == "第 1/60 行")
        #expect(restored.householdNumbers == fixture.households.prefix(20).map(\.number))
        #expect(restored.lines == before.lines)
    }

    @Test func enterKeepsTheFilterAndALaterEscapeClearsIt() throws {
        let fixture = try RegisterFixture(households: 60)
        var program = try fixture.program()
        let kept = RegisterFrame(program.step(pressing(.character("/")) + typing("zs") + pressing(.enter, .down)))
        #expect(kept.position == "第 2/3 行")
        #expect(kept.statusLine.contains("筛选：zs"))
        #expect(!program.isFinished)
        let moved = RegisterFrame(program.step(pressing(.character("j"))))
        #expect(moved.position == "第 3/3 行", "j moves once the filter line is closed")
        let cleared = RegisterFrame(program.step(pressing(.escape)))
        #expect(cleared.position == "第 1/60 行")
        #expect(cleared.statusLine.contains("/ 筛选"))
    }

    @Test func qAndQuestionMarkAreLettersWhileTheFilterLineIsOpen() throws {
        let fixture = try RegisterFixture()
        var program = try fixture.program()
        let frame = RegisterFrame(program.step(pressing(.character("/")) + typing("q?")))
        #expect(!program.isFinished)
        #expect(!program.isShowingOverlay)
        #expect(frame.statusLine.hasPrefix("筛选：q?"))
    }

    @Test func aQueryThatMatchesNothingSaysSoAndCountsZero() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        let frame = RegisterFrame(program.step(pressing(.character("/")) + typing("xyzxyz")))
        #expect(frame.householdNumbers.isEmpty)
        #expect(frame.position == "共 0 行")
        #expect(frame.contains("没有符合条件的农户"))
    }

    @Test func backspaceWidensTheFilterAgain() throws {
        let fixture = try RegisterFixture(households: 30)
        var program = try fixture.program()
        _ = program.step(pressing(.character("/")) + typing("zhangsan"))
        let frame = RegisterFrame(program.step(pressing(.backspace, .backspace, .backspace)))
        #expect(frame.statusLine.hasPrefix("筛选：zhang"))
        #expect(frame.position == "第 1/3 行")
    }
}

/// ID numbers whose check character is X.
@Suite struct HouseholdRegisterIDTailFilterTests {
    @Test(arguments: ["003X", "003x"])
    func anIDTailEndingInXMatchesInEitherCase(_ tail: String) throws {
        let fixture = try RegisterFixture(households: 30)
        let target = try fixture.household(named: "王五")
        try #require(target.idTail == "003X")
        var program = try fixture.program()
        let frame = RegisterFrame(program.step(pressing(.character("/")) + typing(tail)))
        #expect(frame.householdNumbers == [target.number], "\(frame.lines.joined(separator: "\n"))")
    }
}
