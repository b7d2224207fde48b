import ArgumentParser
import CunzhanScreens
import CunzhanStore
import Foundation
import ScreenDefinitions
import TerminalUI
import TerminalUINcurses

/// `cunzhan` with no subcommand: opens the station store in the terminal user interface.
///
/// `--demo` opens a demo village kept in a store file of its own (made on first use), so trying the
/// program never touches real data. `--screens DIR` replaces compiled-in form and list definitions by the
/// files in DIR; a broken definition is reported with file, line and problem, and the program does not start.
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "打开村站界面（默认命令）"
    )

    @OptionGroup var database: DatabaseLocation

    @Flag(help: "打开演示村（单独的演示数据文件，首次使用时生成，不影响正式数据）")
    var demo = false

    @Option(help: "界面定义覆盖目录：其中的 YAML 文件替换内置的同名表单和列表")
    var screens: String?

    func validate() throws {
        if demo, database.path != nil {
            throw ValidationError("--demo 和 --db 不能同时使用：演示数据有自己的文件")
        }
    }

    func run() throws {
        do {
            try openStation()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("错误：\(failure.description)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func openStation() throws {
        // Refuse before touching any file: without a terminal nothing could be shown anyway.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure("村站界面需要在终端中运行（标准输入和输出不能是管道或文件）。要生成或检查数据，请用 cunzhan demo 或 cunzhan check。")
        }
        let catalog = try loadCatalog()
        let environment = ProcessInfo.processInfo.environment
        let path = demo ? try DemoStore.prepare(environment: environment) : database.resolvedPath
        let store: StationStore
        do throws(StoreError) {
            store = try StationStore(path: path)
        } catch {
            throw CommandFailure("无法打开数据文件 \(path)：\(error.message)")
        }
        let terminal: NcursesTerminal
        do throws(TerminalStartError) {
            terminal = try NcursesTerminal()
        } catch {
            throw CommandFailure(error.message)
        }
        defer { terminal.close() }
        var program: Program
        do throws(StoreError) {
            program = try StationApp.start(
                store: store, catalog: catalog, size: terminal.size, theme: Theme(capabilities: terminal.capabilities),
                syncRunner: .live(store: store))
        } catch {
            throw CommandFailure(error.message)
        }
        program.run(on: terminal)
    }

    /// The compiled-in definitions, or those with the override folder applied.
    private func loadCatalog() throws -> ScreenCatalog {
        guard let screens else { return .defaults }
        do throws(DefinitionErrors) {
            return try ScreenCatalog.load(overrideDirectory: screens)
        } catch {
            throw CommandFailure("界面定义有误，程序未启动：\n\(error.description)")
        }
    }
}

/// A failure the command reports in Chinese on standard error before exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
