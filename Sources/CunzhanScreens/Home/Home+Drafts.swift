import CunzhanCore
import CunzhanStore
import TerminalUI

/// The home screen's offer of unfinished visit drafts: the line that names them and `d` to resume the newest.
///
/// After a crash or power cut the user logs in again and sees "有 1 份未完成的走访：张三（0001）"; `d` reads
/// that household again and opens its visit form, which then offers the draft as it always does.
extension Home {
    /// `d` to resume, shown only while there is a draft and the user may record visits.
    var draftHints: [KeyHint] {
        canResume ? [KeyHint(keys: "d", action: "继续走访")] : []
    }

    /// Whether there is a draft to offer and the user may still record visits.
    var canResume: Bool { !drafts.isEmpty && session.may(.recordVisit) }

    /// The drafts as one line: "有 2 份未完成的走访：张三（0001）、李四（0002），按 d 继续第一份".
    var draftLine: String? {
        guard canResume else { return nil }
        let names = drafts.prefix(3).map { "\($0.headName)（\($0.householdNumber)）" }.joined(separator: "、")
        let more = drafts.count > 3 ? "等" : ""
        let which = drafts.count > 1 ? "按 d 继续第一份" : "按 d 继续"
        return "有 \(drafts.count) 份未完成的走访：\(names)\(more)，\(which)"
    }

    /// Reads the user's unfinished visit drafts in an effect.
    func loadDrafts() -> [ScreenCommand] {
        guard session.may(.recordVisit) else { return [] }
        let store = screens.store
        let user = session.userID
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .draftsLoaded(try store.unfinishedDrafts(of: user))
                } catch {
                    return .countsFailed(error.message)
                }
            }
        ]
    }

    /// Reads the newest draft's household again, to open its visit form when it comes back.
    func resumeDraft() -> [ScreenCommand] {
        guard canResume, let newest = drafts.first else { return [] }
        let store = screens.store
        return [
            .run { () -> Action in
                do throws(StoreError) {
                    return .draftHouseholdLoaded(try store.householdOverview(newest.householdID)?.household)
                } catch {
                    return .countsFailed(error.message)
                }
            }
        ]
    }

    /// The visit form of `household` for the signed-in user; it finds and offers the draft itself.
    func openVisitForm(_ household: Household?) -> [ScreenCommand] {
        guard let household else {
            return [.message(title: "无法继续", text: "草稿对应的农户已不存在，无法继续这份走访。")]
        }
        guard let definition = screens.catalog.form("visit") else {
            return [.message(title: "无法走访", text: "界面定义缺少走访表（visit），请检查 Screens 目录。")]
        }
        let context = StationContext(
            store: screens.store, catalog: screens.catalog,
            user: ActingUser(id: session.userID, name: session.userName))
        return [.push(VisitForm(household: household, definition: definition, context: context))]
    }
}
