import ArgumentParser
import CunzhanCore
import CunzhanScreens
import CunzhanStore
import Foundation

/// `cunzhan calendar load|list`: the work calendar's holiday arrangements (节假日安排), year by year.
///
/// Cunzhan ships 2026 and 2027's statutory holidays; when the State Council publishes a year's notice, an
/// administrator writes it as `日期 休|班 名称` lines and loads it here, replacing that year.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "工作日历：载入和查看节假日安排",
        subcommands: [Load.self, List.self])

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "载入一年或几年的节假日安排文件（每行“2027-02-06 休 春节”或“2027-02-14 班”），替换这些年份")
        @OptionGroup var database: DatabaseLocation
        @Argument(help: "节假日安排文件（UTF-8 文本）") var file: String
        @Option(help: "办理的管理员姓名；本站只有一位管理员时可省略") var admin: String?

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("错误：读不到文件“\(file)”，请检查路径。\n".utf8))
                throw ExitCode(1)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                FileHandle.standardError.write(Data("错误：文件“\(file)”不是 UTF-8 文本，请另存为 UTF-8 后重试。\n".utf8))
                throw ExitCode(1)
            }
            try UserCommand.withStore(database) { store throws(StoreError) in
                let administrator = try store.administrator(named: admin)
                let years = try store.loadCalendar(text, by: administrator, on: StationContext.stationToday())
                print("已载入 " + years.map { "\($0) 年" }.joined(separator: "、") + "的节假日安排")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出工作日历中的年份：内置还是已载入，放假和调休上班的天数")
        @OptionGroup var database: DatabaseLocation

        func run() throws {
            try UserCommand.withStore(database) { store throws(StoreError) in
                for year in try store.calendarYears() {
                    let source = year.loadedOn.map { "已载入（\($0)）" } ?? "内置"
                    print("\(year.year) 年  \(source)  放假 \(year.holidays) 天  调休上班 \(year.makeUpWorkdays) 天")
                }
            }
        }
    }
}
