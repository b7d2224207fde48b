import CunzhanCore
import CunzhanStore
import Foundation
import Spreadsheets
import TerminalUI

/// The roster import screen: type the file's path (and its encoding for a CSV), try it first, read the
/// summary and the refused rows, then confirm to import.
///
/// 试导入 runs the same import rolled back, so what it shows is exactly what confirming will do; the
/// confirmation is offered only for the file that was tried, and a changed path or encoding asks for a new
/// try. Both write the per-row report next to the file (`<文件>.导入报告.csv`).
public struct RosterImport: Screen {
    public enum Action: Sendable {
        case tried(ImportReport, reportPath: String)
        /// The import's report, and the changes now waiting to upload for the top bar.
        case imported(ImportReport, reportPath: String, pendingUploads: Int)
        case failed(String)
    }

    /// Where the screen is in the try-then-import sequence.
    enum Phase: Sendable, Equatable {
        case choosing
        case working(String)
        /// A dry run's report for the file and encoding it was run on.
        case tried(ImportReport, reportPath: String)
        case imported(ImportReport, reportPath: String)
    }

    /// The encodings offered for a CSV, automatic detection first.
    static let encodings: [TextEncoding?] = [nil, .utf8, .gb18030]

    public let title = "导入花名册"
    let store: StationStore
    let session: Session
    let villageID: VillageID
    var path = EntryField(label: "文件路径", maxLength: 200)
    var encodingIndex = 0
    var phase = Phase.choosing
    /// A refusal of the whole file, shown above the report area.
    var message: String?
    /// The first refused row shown (PgUp/PgDn scroll the list).
    var scroll = 0

    init(store: StationStore, session: Session, villageID: VillageID, path: String = "") {
        self.store = store
        self.session = session
        self.villageID = villageID
        self.path.input.setText(path)
    }

    var encoding: TextEncoding? { Self.encodings[encodingIndex] }

    var encodingLabel: String { encoding?.label ?? "自动识别" }

    public var capturesText: Bool { true }

    public var keyHints: [KeyHint] {
        var hints = [KeyHint(keys: "Enter", action: "试导入"), KeyHint(keys: "F2", action: "编码")]
        if case .tried = phase { hints.append(KeyHint(keys: "Ctrl-S", action: "确认导入")) }
        hints += [KeyHint(keys: "PgUp PgDn", action: "翻看被拒绝的行"), KeyHint(keys: "Esc", action: "返回")]
        return hints
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        if case .working = phase { return [] }
        switch key {
        case .escape:
            return [.pop]
        case .enter:
            return start(dryRun: true)
        case .control("s"):
            guard case .tried = phase else {
                message = "请先按 Enter 试导入，看过报告再确认导入。"
                return []
            }
            return start(dryRun: false)
        case .function(2):
            encodingIndex = (encodingIndex + 1) % Self.encodings.count
            invalidateTry()
        case .pageDown:
            scroll = min(scroll + 5, max(refusedLines.count - 1, 0))
        case .pageUp:
            scroll = max(scroll - 5, 0)
        default:
            if path.handle(key) == .changed { invalidateTry() }
        }
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        scroll = 0
        switch action {
        case .tried(let report, let reportPath):
            phase = .tried(report, reportPath: reportPath)
            message = nil
            return []
        case .imported(let report, let reportPath, let pending):
            phase = .imported(report, reportPath: reportPath)
            message = nil
            return [.updateStatus { $0.syncState = "待上传 \(pending)" }]
        case .failed(let reason):
            phase = .choosing
            message = reason
            return []
        }
    }

    /// A changed path or encoding makes the last try stale: it must be tried again before importing.
    private mutating func invalidateTry() {
        if case .tried = phase { phase = .choosing }
        message = nil
    }

    /// Runs the dry run or the import as an effect.
    mutating func start(dryRun: Bool) -> [ScreenCommand] {
        let file = path.text.trimmingWhitespace()
        guard !file.isEmpty else {
            path.error = "文件路径：必填，请输入花名册文件（.xlsx 或 .csv）的完整路径。"
            return []
        }
        path.error = nil
        message = nil
        phase = .working(dryRun ? "正在试导入，请稍候..." : "正在导入，请稍候...")
        let (store, villageID, author, encoding) = (store, villageID, session.userID, encoding)
        let url = URL(fileURLWithPath: NSString(string: file).expandingTildeInPath)
        return [
            .run { () -> Action in
                do throws(ImportError) {
                    let (report, reportURL) = try store.importRoster(
                        file: url, into: villageID, encoding: encoding, dryRun: dryRun, author: author)
                    guard !dryRun else { return .tried(report, reportPath: reportURL.path) }
                    let pending = (try? store.pendingOpCount()) ?? 0
                    return .imported(report, reportPath: reportURL.path, pendingUploads: pending)
                } catch {
                    return .failed(error.message)
                }
            }
        ]
    }

    /// The report shown: the last try's or the import's.
    var report: ImportReport? {
        switch phase {
        case .tried(let report, _), .imported(let report, _): report
        case .choosing, .working: nil
        }
    }

    /// One line per refused row: "第 12 行 0001 张三：证件号码：...".
    var refusedLines: [String] {
        (report?.lines ?? []).compactMap { line in
            guard case .refused(let reason) = line.outcome else { return nil }
            return "第 \(line.rowNumber) 行 \(line.householdNumber) \(line.name)：\(reason)"
        }
    }
}
