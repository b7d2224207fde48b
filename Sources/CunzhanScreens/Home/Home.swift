import CunzhanCore
import CunzhanStore
import TerminalUI

/// The home screen of a signed-in user: the main jobs one key away, and the counts that matter this month.
///
/// Only jobs that exist are listed (no placeholders), each behind a digit key; the counts (households,
/// visits this month, households not yet visited this month, changes waiting to upload) come from cheap
/// store queries in an effect, again each time the screen comes back to the top. `q` quits from here.
public struct Home: Screen {
    public enum Action: Sendable {
        case countsLoaded(HomeCounts)
        case countsFailed(String)
        /// The signed-in user's unfinished visit drafts, newest first.
        case draftsLoaded([UnfinishedDraft])
        /// The household of the draft to resume, read again (nil when it is gone).
        case draftHouseholdLoaded(Household?)
    }

    /// One job on the home screen: its key, its name, and the screen it opens.
    struct Job: Sendable {
        let key: Character
        let name: String
        let open: @Sendable (StationScreens, Session) -> any Screen
    }

    public let title = "首页"
    let screens: StationScreens
    public let session: Session
    var counts: HomeCounts?
    var loadError: String?
    /// Visit drafts the user left unfinished (after a crash or power cut), offered with `d`.
    var drafts: [UnfinishedDraft] = []

    init(screens: StationScreens, session: Session) {
        self.screens = screens
        self.session = session
    }

    /// The jobs this user's role may do, in key order.
    var jobs: [Job] {
        // Every role looks households up; later jobs (visits, tasks, users) join here as they are built.
        var jobs = [Job(key: "1", name: "农户花名册", open: { $0.householdRegister(session: $1) })]
        // Those who record visits or review them (everyone but 管理员) read the village's visit history.
        if let history = screens.visitHistory(session: session),
            session.may(.recordVisit) || session.may(.recordSupervision)
        {
            jobs.append(Job(key: "2", name: "走访记录", open: { _, _ in history }))
        }
        // 网格化排查 (issue 5): coverage of the cycle and the inspection log, for those who inspect and for
        // supervisors, who follow the villages' coverage without inspecting.
        if session.may(.recordInspection) || session.may(.recordSupervision) {
            jobs.append(Job(key: "3", name: "网格排查", open: { $0.coverageBoard(session: $1) }))
            if let history = screens.inspectionHistory(session: session) {
                jobs.append(Job(key: "4", name: "排查记录", open: { _, _ in history }))
            }
        }
        // 四定闭环: everyone has tasks; those who assign, supervise or raise items see the queue; themes for all.
        jobs.append(Job(key: "5", name: "我的任务", open: { $0.myTasks(session: $1) }))
        if session.may(.assignItem) || session.may(.recordSupervision) || session.may(.raiseItem) {
            jobs.append(Job(key: "6", name: "问题清单", open: { $0.issueQueue(session: $1) }))
        }
        jobs.append(Job(key: "7", name: "月度主题", open: { $0.themeScreen(session: $1) }))
        if session.may(.assignItem) || session.may(.recordSupervision) {
            jobs.append(Job(key: "8", name: "月度调度", open: { $0.dispatchView(session: $1) }))
        }
        if session.may(.manageUsers) {
            jobs.append(Job(key: "9", name: "用户管理", open: { $0.userList(session: $1) }))
        }
        // 网格管理 (issue 5), 导入导出 (issue 8): letters, since the digits are taken (0 is 需处理).
        if session.may(.manageGrids), let grids = screens.gridList(session: session) {
            jobs.append(Job(key: "g", name: "网格管理", open: { _, _ in grids }))
        }
        if let rosterImport = screens.rosterImport(session: session) {
            jobs.append(Job(key: "i", name: "导入花名册", open: { _, _ in rosterImport }))
        }
        if let registerExport = screens.registerExport(session: session) {
            jobs.append(Job(key: "e", name: "导出", open: { _, _ in registerExport }))
        }
        return jobs
    }

    public var keyHints: [KeyHint] {
        // `q` to quit is the program's own key and shows at the right of the key bar. The draft comes first:
        // the bar keeps the hints that fit, the menu above lists every job, and F1 lists them all.
        draftHints + jobs.map { KeyHint(keys: String($0.key), action: $0.name) }
    }

    public mutating func appear() -> [ScreenCommand] {
        let store = screens.store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .countsLoaded(try store.homeCounts())
                } catch {
                    return .countsFailed(error.message)
                }
            }
        ] + loadDrafts()
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        if case .key(.character("d")) = event { return resumeDraft() }
        guard case .key(.character(let character)) = event,
            let job = jobs.first(where: { $0.key == character })
        else { return [] }
        return [.push(job.open(screens, session))]
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .countsLoaded(let loaded):
            counts = loaded
            loadError = nil
            let pending = loaded.pendingUploads
            return [.updateStatus { $0.syncState = "待上传 \(pending)" }]
        case .countsFailed(let message):
            loadError = message
            return []
        case .draftsLoaded(let loaded):
            drafts = loaded
            return []
        case .draftHouseholdLoaded(let household):
            return openVisitForm(household)
        }
    }
}
