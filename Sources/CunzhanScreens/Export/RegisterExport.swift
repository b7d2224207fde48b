import CunzhanCore
import CunzhanStore
import Foundation
import Spreadsheets
import TerminalUI

/// The export screen: what to export (the registers the role may), the month, CSV or XLSX, and the file.
///
/// Left and right change the choice on the focused line; the file name follows the choices until the user
/// types one of their own. Ctrl-S (or Enter on the path) writes the file as one read of the store; a
/// refusal (a bad month, a folder that does not exist) shows above the key bar with nothing written.
public struct RegisterExport: Screen {
    public enum Action: Sendable {
        case exported(rows: Int, path: String)
        case failed(String)
    }

    enum Field: Int, CaseIterable, Sendable {
        case register, month, format, path
    }

    public let title = "导出登记册"
    let store: StationStore
    let villageID: VillageID
    /// The registers this user may export, in menu order.
    let registers: [Register]
    var registerIndex = 0
    var month: EntryField
    var formatIndex = 1
    var path = EntryField(label: "保存到", maxLength: 200)
    /// Whether the user typed the path; until then it follows the choices.
    var pathTyped = false
    var focus = Field.register
    var message: String?
    var done: String?

    init(store: StationStore, session: Session, villageID: VillageID) {
        self.store = store
        self.villageID = villageID
        registers = Register.allCases.filter { $0 != .ledger || session.may(.exportLedger) }
        month = EntryField(label: "月份", text: store.today.monthKey, maxLength: 7)
        suggestPath()
    }

    var register: Register { registers[registerIndex] }
    var format: SpreadsheetFile.Format { SpreadsheetFile.Format.allCases[formatIndex] }

    public var capturesText: Bool { focus == .month || focus == .path }

    public var keyHints: [KeyHint] {
        [
            KeyHint(keys: "Tab 上下键", action: "切换"), KeyHint(keys: "左右键", action: "选择"),
            KeyHint(keys: "Ctrl-S", action: "导出"), KeyHint(keys: "Esc", action: "返回"),
        ]
    }

    public mutating func update(_ event: InputEvent) -> [ScreenCommand] {
        guard case .key(let key) = event else { return [] }
        switch key {
        case .escape:
            return [.pop]
        case .tab, .down:
            move(by: 1)
        case .backTab, .up:
            move(by: -1)
        case .enter where focus != .path:
            move(by: 1)
        case .enter, .control("s"):
            return export()
        case .left where focus == .register, .right where focus == .register:
            registerIndex = (registerIndex + (key == .left ? registers.count - 1 : 1)) % registers.count
            suggestPath()
        case .left where focus == .format, .right where focus == .format:
            formatIndex = 1 - formatIndex
            suggestPath()
        default:
            if focus == .month, month.handle(key) == .changed { suggestPath() }
            if focus == .path, path.handle(key) == .changed { pathTyped = true }
        }
        done = nil
        return []
    }

    public mutating func receive(_ action: Action) -> [ScreenCommand] {
        switch action {
        case .exported(let rows, let path):
            message = nil
            done = "已导出\(register.label) \(rows) 行：\(path)"
        case .failed(let reason):
            done = nil
            message = reason
        }
        return []
    }

    private mutating func move(by step: Int) {
        let count = Field.allCases.count
        var next = (focus.rawValue + step + count) % count
        if !register.takesMonth, Field(rawValue: next) == .month { next = (next + step + count) % count }
        focus = Field(rawValue: next) ?? .register
    }

    /// The file name the choices suggest, e.g. `整改台账-2026-03.xlsx`, unless the user typed a path.
    private mutating func suggestPath() {
        guard !pathTyped else { return }
        let monthPart = register.takesMonth ? "-" + month.text : ""
        path.input.setText("\(register.label)\(monthPart).\(format.rawValue)")
    }

    mutating func export() -> [ScreenCommand] {
        message = nil
        let exportMonth: ExportMonth?
        let monthText = month.text.trimmingWhitespace()
        if register == .ledger || (register.takesMonth && !monthText.isEmpty) {
            do throws(ImportError) {
                exportMonth = try ExportMonth(monthText)
            } catch {
                month.error = error.message
                focus = .month
                return []
            }
        } else {
            exportMonth = nil
        }
        month.error = nil
        let file = path.text.trimmingWhitespace()
        guard !file.isEmpty else {
            path.error = "保存到：必填，请输入文件名或完整路径。"
            focus = .path
            return []
        }
        path.error = nil
        let (store, villageID, register, format) = (store, villageID, register, format)
        let url = URL(fileURLWithPath: NSString(string: file).expandingTildeInPath)
        return [
            .run { () -> Action in
                do throws(ImportError) {
                    let rows = try store.exportRegister(
                        register, village: villageID, month: exportMonth, format: format, to: url)
                    return .exported(rows: rows, path: url.path)
                } catch {
                    return .failed(error.message)
                }
            }
        ]
    }
}
