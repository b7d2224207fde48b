import CunzhanCore
import Spreadsheets

/// What a roster import did (or, for a dry run, would do) with every row of the file.
public struct ImportReport: Sendable, Equatable {
    /// The result of one row.
    public enum Outcome: Sendable, Equatable {
        case created
        case updated
        case unchanged
        case refused(String)

        /// The result's word in the report: 新增, 更新, 无变化 or 拒绝.
        public var label: String {
            switch self {
            case .created: "新增"
            case .updated: "更新"
            case .unchanged: "无变化"
            case .refused: "拒绝"
            }
        }

        public var isRefused: Bool {
            if case .refused = self { return true }
            return false
        }
    }

    /// One data row of the file and its result; the ID number is kept masked only.
    public struct Line: Sendable, Equatable {
        public var rowNumber: Int
        public var householdNumber: String
        public var name: String
        public var maskedIDNumber: String
        public var outcome: Outcome
    }

    public var lines: [Line]
    /// Villager groups the file named that the village did not have; the import creates them.
    public var createdGroups: [String]
    /// True when nothing was written (`--dry-run` or the screen's 试导入).
    public var isDryRun: Bool

    public init(lines: [Line], createdGroups: [String], isDryRun: Bool) {
        self.lines = lines
        self.createdGroups = createdGroups
        self.isDryRun = isDryRun
    }

    public func count(_ label: String) -> Int { lines.count { $0.outcome.label == label } }

    public var createdCount: Int { count("新增") }
    public var updatedCount: Int { count("更新") }
    public var unchangedCount: Int { count("无变化") }
    public var refusedCount: Int { count("拒绝") }

    /// One line for people: "试导入：共 120 行，新增 100，更新 5，无变化 10，拒绝 5".
    public var summary: String {
        let prefix = isDryRun ? "试导入（未做任何更改）" : "已导入"
        var text =
            "\(prefix)：共 \(lines.count) 行，新增 \(createdCount)，更新 \(updatedCount)，无变化 \(unchangedCount)，拒绝 \(refusedCount)"
        if !createdGroups.isEmpty {
            text += "；\(isDryRun ? "将" : "已")新建村民小组：\(createdGroups.joined(separator: "、"))"
        }
        return text
    }

    /// The report as a sheet: a header and one row per data row, the reason of a refusal in 说明.
    public var sheetRows: [[SheetValue]] {
        var rows: [[SheetValue]] = [["行号", "户编号", "姓名", "证件号码", "结果", "说明"].map(SheetValue.text)]
        for line in lines {
            var reason = ""
            if case .refused(let message) = line.outcome { reason = message }
            rows.append([
                .number(line.rowNumber), .text(line.householdNumber), .text(line.name), .text(line.maskedIDNumber),
                .text(line.outcome.label), .text(reason),
            ])
        }
        return rows
    }
}
