import Testing

@testable import CunzhanCore

@Suite("Search keys")
struct SearchKeyTests {
    @Test(
        "initials and full pinyin of ordinary names",
        arguments: [
            ("张三", "zs", "zhangsan"),
            ("李小龙", "lxl", "lixiaolong"),
            ("王  芳", "wf", "wangfang"),
            ("欧阳修", "oyx", "ouyangxiu"),
        ])
    func ordinaryNames(name: String, initials: String, full: String) {
        #expect(SearchKey.initials(ofName: name) == initials)
        #expect(SearchKey.fullPinyin(ofName: name) == full)
    }

    @Test(
        "the first character is read as a surname",
        arguments: [
            ("单雄信", "sxx", "shanxiongxin"),
            ("曾国藩", "zgf", "zengguofan"),
            ("解缙", "xj", "xiejin"),
            ("仇英", "qy", "qiuying"),
            ("朴树", "ps", "piaoshu"),
            ("查良镛", "zly", "zhaliangyong"),
            ("区永强", "oyq", "ouyongqiang"),
            ("盖聂", "gn", "genie"),
            ("乐嘉", "yj", "yuejia"),
            ("缪可", "mk", "miaoke"),
            ("覃勇", "qy", "qinyong"),
            ("翟志刚", "zzg", "zhaizhigang"),
            ("尉迟恭", "ycg", "yuchigong"),
        ])
    func surnameReadings(name: String, initials: String, full: String) {
        #expect(SearchKey.initials(ofName: name) == initials)
        #expect(SearchKey.fullPinyin(ofName: name) == full)
    }

    @Test("surname readings apply only to the first character")
    func surnameRuleOnlyAtStart() {
        // 单 inside a given name keeps its common reading dan.
        #expect(SearchKey.fullPinyin(ofName: "王单") == "wangdan")
        #expect(SearchKey.initials(ofName: "李曾") == "lc")
    }

    @Test("ASCII letters and digits are kept lower-cased; other characters are dropped")
    func asciiAndPunctuation() {
        #expect(SearchKey.initials(ofName: "张A3") == "za3")
        #expect(SearchKey.fullPinyin(ofName: "张A3") == "zhanga3")
        #expect(SearchKey.initials(ofName: "阿依古丽·买买提") == "aygl" + "mmt")
        #expect(SearchKey.fullPinyin(ofName: "Ｌｉ 明") == "liming")
        #expect(SearchKey.initials(ofName: "（空）") == "k")
        #expect(SearchKey.initials(ofName: "") == "")
        #expect(SearchKey.fullPinyin(ofName: "·—") == "")
    }

    @Test("queries are trimmed, lower-cased and folded to half-width")
    func normalizedQueries() {
        #expect(SearchKey.normalizedQuery("  ZS ") == "zs")
        #expect(SearchKey.normalizedQuery("ＺＨＡＮＧ") == "zhang")
        #expect(SearchKey.normalizedQuery("\u{3000}张三\u{3000}") == "张三")
        #expect(SearchKey.normalizedQuery("１２３") == "123")
    }

    @Test("a normalized query matches a name's keys the way a list filters")
    func queryMatchesKeys() {
        let name = "曾小贤"
        let query = SearchKey.normalizedQuery(" ＺＸ")
        #expect(SearchKey.initials(ofName: name).hasPrefix(query))
        #expect(SearchKey.fullPinyin(ofName: name).hasPrefix(SearchKey.normalizedQuery("ZengXiao")))
    }
}
