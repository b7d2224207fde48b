import CunzhanCore
import GRDB

/// A refusal or failure of the station store, with a stable code and a Chinese message for people.
///
/// Every public store API throws only this type, so screens can show `message` as is and code can
/// branch on `code` without parsing text.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, stable across releases.
    public enum Code: String, Sendable, Equatable {
        case notAStore, newerSchema, cannotOpen, constraintViolation, duplicateIDNumber, unknownEntity
        case staleState, invalidValue, wrongPIN, lockedOut, userDisabled, corruptRow, databaseError
        /// A rectification action the workflow refuses (state, role, ownership or a missing reason).
        case workflowRefused
        /// A user name already in use (`cunzhan user add`).
        case duplicateName
    }

    public let code: Code
    public let message: String
    /// The workflow's reason when `code` is `.workflowRefused`, for screens that point at a field.
    public let workflowError: WorkflowError?

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
        workflowError = nil
    }

    /// A refused rectification action, carrying the workflow's Chinese message.
    public init(_ refusal: WorkflowError) {
        code = .workflowRefused
        message = refusal.message
        workflowError = refusal
    }

    public var description: String { message }

    static func notAStore(_ path: String) -> StoreError {
        StoreError(.notAStore, "文件“\(path)”不是村站数据库。请用 --db 指定正确的文件，或换一个新文件名让村站新建。")
    }

    static func newerSchema(_ path: String, found: Int) -> StoreError {
        StoreError(
            .newerSchema,
            "数据库“\(path)”由更新版本的村站创建（结构版本 \(found)，本程序支持到 \(StationStore.schemaVersion)）。请先升级村站程序。")
    }

    static func unknown(_ type: EntityType, _ id: String) -> StoreError {
        StoreError(.unknownEntity, "找不到\(type.chineseName)（编号 \(id)），可能已被删除或尚未同步。")
    }

    /// Maps any error thrown inside a store operation to a `StoreError`.
    static func wrap(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? ValidationError { return StoreError(.invalidValue, error.message) }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_CONSTRAINT:
                return StoreError(.constraintViolation, "保存被拒绝：数据不符合要求（\(error.message ?? "约束")）。请检查填写的内容。")
            case .SQLITE_CORRUPT:
                return StoreError(.corruptRow, "数据库文件已损坏（\(error.message ?? "")）。请从备份恢复数据库文件。")
            case .SQLITE_NOTADB:
                return StoreError(.notAStore, "文件不是村站数据库（\(error.message ?? "")）。")
            default:
                return StoreError(.databaseError, "数据库出错：\(error.message ?? "\(error.resultCode)")。数据未保存，请重试。")
            }
        }
        return StoreError(.databaseError, "数据库出错：\(error)。数据未保存，请重试。")
    }
}

extension EntityType {
    /// The Chinese name of the record kind, for messages.
    public var chineseName: String {
        switch self {
        case .village: "行政村"
        case .villagerGroup: "村民小组"
        case .grid: "网格"
        case .household: "农户"
        case .member: "家庭成员"
        case .visit: "走访记录"
        case .incomeSurvey: "收入监测"
        case .inspection: "排查记录"
        case .rectificationItem: "整改事项"
        case .progressEntry: "调度记录"
        case .supervisionRecord: "督导记录"
        case .monthlyTheme: "月度主题"
        case .user: "用户"
        }
    }
}
