import Testing

@testable import TerminalUI

struct TextInputTests {
    func typed(_ text: String, width: Int = 20, maxLength: Int? = nil) -> TextInput {
        var input = TextInput(maxLength: maxLength, width: width)
        for character in text { _ = input.handle(.character(character)) }
        return input
    }

    @Test func typingInsertsAtTheCaret() {
        var input = typed("张三")
        #expect(input.text == "张三")
        #expect(input.caret == 2)
        _ = input.handle(.left)
        #expect(input.handle(.character("小")) == .changed)
        #expect(input.text == "张小三")
        #expect(input.caret == 2)
    }

    @Test func caretMovesByGraphemeOverCombiningMarksAndEmoji() {
        var input = TextInput(text: "e\u{301}👨‍👩‍👧x")
        #expect(input.text.count == 3)
        _ = input.handle(.left)
        _ = input.handle(.left)
        #expect(input.caret == 1)
        _ = input.handle(.backspace)
        #expect(input.text == "👨‍👩‍👧x")
    }

    @Test func leftRightStopAtTheEnds() {
        var input = typed("ab")
        _ = input.handle(.right)
        #expect(input.caret == 2)
        _ = input.handle(.home)
        _ = input.handle(.left)
        #expect(input.caret == 0)
    }

    @Test func homeEndAndControlAControlEJump() {
        var input = typed("村站编号")
        #expect(input.handle(.home) == .handled)
        #expect(input.caret == 0)
        _ = input.handle(.end)
        #expect(input.caret == 4)
        _ = input.handle(.control("a"))
        #expect(input.caret == 0)
        _ = input.handle(.control("e"))
        #expect(input.caret == 4)
    }

    @Test func backspaceAndDeleteRemoveOneCharacter() {
        var input = typed("张小三")
        #expect(input.handle(.backspace) == .changed)
        #expect(input.text == "张小")
        _ = input.handle(.home)
        #expect(input.handle(.backspace) == .handled)
        #expect(input.handle(.delete) == .changed)
        #expect(input.text == "小")
        _ = input.handle(.end)
        #expect(input.handle(.delete) == .handled)
    }

    @Test func controlUAndControlKCutToTheEnds() {
        var input = typed("abcdef")
        _ = input.handle(.left)
        _ = input.handle(.left)
        #expect(input.handle(.control("k")) == .changed)
        #expect(input.text == "abcd")
        _ = input.handle(.left)
        #expect(input.handle(.control("u")) == .changed)
        #expect(input.text == "d")
        #expect(input.caret == 0)
    }

    @Test func maxLengthStopsTypingAndCutsAPaste() {
        var input = typed("1234", maxLength: 5)
        #expect(input.handle(.character("5")) == .changed)
        #expect(input.handle(.character("6")) == .handled)
        #expect(input.text == "12345")
        var pasted = TextInput(maxLength: 4)
        let inserted = pasted.insert("13800138000")
        #expect(inserted)
        #expect(pasted.text == "1380")
    }

    @Test func aPasteIsInsertedWholeWithoutLineBreaks() {
        var input = typed("ab")
        _ = input.handle(.left)
        let inserted = input.insert("张三\n李四\u{1B}[31m")
        #expect(inserted)
        #expect(input.text == "a张三李四[31mb")
        #expect(input.caret == 9)
    }

    @Test func otherKeysAreLeftToTheOwner() {
        var input = typed("a")
        for key in [Key.enter, .tab, .backTab, .escape, .up, .down, .function(1), .control("s")] {
            #expect(input.handle(key) == .ignored)
        }
    }

    @Test func longTextScrollsByDisplayWidthSoTheCaretStaysVisible() {
        var input = typed("一二三四五六七八九十", width: 10)
        // 10 wide characters are 20 columns; the caret's cell must fit in 10.
        #expect(input.visibleText.text == "七八九十")
        #expect(input.visibleText.caretColumn == 8)
        _ = input.handle(.home)
        #expect(input.scrollStart == 0)
        #expect(input.visibleText.text == "一二三四五")
        #expect(input.visibleText.caretColumn == 0)
        _ = input.handle(.end)
        #expect(input.caretPosition(at: Point(x: 3, y: 7)) == Point(x: 11, y: 7))
    }

    @Test func mixedWidthCaretColumnCountsDisplayColumns() {
        var input = typed("ab张c")
        _ = input.handle(.left)
        #expect(input.visibleText.caretColumn == 4)
    }

    @Test func deletingPullsEarlierTextBackIntoView() {
        var input = typed("一二三四五六七八九十", width: 10)
        _ = input.handle(.control("u"))
        #expect(input.scrollStart == 0)
        #expect(input.text.isEmpty)
    }
}
