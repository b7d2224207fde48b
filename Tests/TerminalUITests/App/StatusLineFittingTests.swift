import Testing

@testable import TerminalUI

/// The top bar's status gives way in a fixed order so the user's name and the whole sync state stay readable.
@Suite struct StatusLineFittingTests {
    let status = StatusLine(
        station: "一号站", village: "口园村", user: "张网格", role: "村干部/网格员",
        syncState: "待上传 6525 | 需处理 0 | 上次同步 从未")

    @Test func everythingShowsWhenThereIsRoom() {
        #expect(status.text(fitting: 200) == status.text)
    }

    @Test func theStationGoesFirstThenTheRoleThenTheVillage() {
        let withoutStation = "村：口园村  用户：张网格（村干部/网格员）  同步：待上传 6525 | 需处理 0 | 上次同步 从未"
        let withoutRole = "村：口园村  用户：张网格  同步：待上传 6525 | 需处理 0 | 上次同步 从未"
        let userAndSync = "用户：张网格  同步：待上传 6525 | 需处理 0 | 上次同步 从未"
        #expect(status.text(fitting: DisplayWidth.of(withoutStation)) == withoutStation)
        #expect(status.text(fitting: DisplayWidth.of(withoutRole)) == withoutRole)
        #expect(status.text(fitting: DisplayWidth.of(userAndSync)) == userAndSync)
        // At 80 columns next to a screen title the whole sync state still fits.
        #expect(status.text(fitting: 67) == userAndSync)
    }

    @Test func whatStillDoesNotFitIsCutOnACharacter() {
        let cut = status.text(fitting: 20)
        #expect(DisplayWidth.of(cut) <= 20 && cut.hasSuffix(".."))
    }

    @Test func theUserGivesWayBeforeTheSyncState() {
        let syncOnly = "同步：待上传 6525 | 需处理 0 | 上次同步 从未"
        #expect(status.text(fitting: DisplayWidth.of(syncOnly)) == syncOnly)
        #expect(status.syncStateWidth == DisplayWidth.of(syncOnly))
    }

    @Test func aLongScreenTitleGivesWayToTheWholeSyncState() {
        struct LongTitle: Screen {
            var title: String { "农户详情/入户走访/网格排查：王大山（G01-0001）" }
            mutating func update(_ event: InputEvent) -> [ScreenCommand] { [] }
            func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {}
        }
        var program = Program(
            root: LongTitle(),
            status: StatusLine(
                village: "口园村", user: "张网格", role: "网格员",
                syncState: "待上传 12 | 需处理 3 | 上次同步 03-18 14:05"))
        let top = program.step([]).lines[0]
        #expect(DisplayWidth.of(top) == 80)
        #expect(top.contains("同步：待上传 12 | 需处理 3 | 上次同步 03-18 14:05"))
        #expect(top.hasPrefix(" 村站：农户详情/入户走访"))
        #expect(top.contains(".."))
    }
}
