import Testing

@testable import TerminalUI

@Suite struct TextLayoutTests {
    @Test func shortTextIsNotCut() {
        #expect(TextLayout.truncate("张三", toWidth: 4) == "张三")
    }

    @Test(arguments: [
        (9, "王家坪.."), (8, "王家坪.."), (7, "王家.."), (6, "王家.."), (5, "王.."), (3, ".."), (2, ".."), (1, "."), (0, ""),
    ])
    func longChineseNameIsCutOnACharacterAtOddAndEvenWidths(width: Int, expected: String) {
        let cut = TextLayout.truncate("王家坪村第三村民小组", toWidth: width)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= width)
    }

    @Test func fitPadsToExactlyTheWidth() {
        for width in 1...22 {
            #expect(DisplayWidth.of(TextLayout.fit("王家坪村第三村民小组", width: width)) == width)
        }
        #expect(TextLayout.fit("张三", width: 7) == "张三   ")
        #expect(TextLayout.fit("张三", width: 7, alignment: .trailing) == "   张三")
        #expect(TextLayout.fit("张三", width: 7, alignment: .center) == " 张三  ")
    }

    @Test func truncateSanitisesFirst() {
        #expect(TextLayout.truncate("\u{1b}[31mab", toWidth: 10) == "?ab")
    }

    @Test func wrapBreaksChineseAnywhereButKeepsPunctuationWithItsCharacter() {
        let lines = TextLayout.wrap("按回车保存，按退出键放弃。", width: 10)
        #expect(lines == ["按回车保", "存，按退出", "键放弃。"])
    }

    @Test func wrapKeepsLatinWordsWholeAndHonoursLineFeeds() {
        #expect(TextLayout.wrap("press Enter to save", width: 11) == ["press Enter", "to save"])
        #expect(TextLayout.wrap("第一行\n第二行", width: 20) == ["第一行", "第二行"])
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func wrappedLinesNeverExceedTheWidth() {
        let text = "村级工作站 Cunzhan 在没有网络时也能工作，联网后与乡镇服务器同步。Sync later."
        for width in 2...30 {
            for line in TextLayout.wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
        }
    }
}
