import ArgumentParser
import CunzhanCore
import CunzhanStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cunzhan user add|list|disable`: manages the station's users; the logic lives in `StationStore`.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "管理用户：添加、列出、停用、重设密码",
        subcommands: [Add.self, List.self, Disable.self, ResetPIN.self])

    /// Runs `body` on the store, printing a store refusal in Chinese and exiting 1.
    static func withStore(_ database: DatabaseLocation, _ body: (StationStore) throws(StoreError) -> Void) throws {
        do {
            let store = try StationStore(path: database.resolvedPath)
            defer { try? store.close() }
            try body(store)
        } catch {
            FileHandle.standardError.write(Data("错误：\(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "添加用户（密码为6位数字，从终端输入时不回显）")
        @OptionGroup var database: DatabaseLocation
        @Option(help: "姓名") var name: String
        @Option(help: "角色：管理员、第一书记、督导、村干部/网格员") var role: String
        @Flag(help: "从标准输入的第一行读密码（供脚本使用）") var pinStdin = false

        func run() throws {
            let pin = pinStdin || isatty(STDIN_FILENO) == 0 ? readLine() ?? "" : PINPrompt.read("请输入6位数字密码：")
            try UserCommand.withStore(database) { store throws(StoreError) in
                let user = try store.addUser(
                    name: name, role: try StationStore.role(named: role), pin: pin.trimmingWhitespace())
                print("已添加用户 \(user.name)（\(user.role.label)）")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出用户（姓名、角色、状态）")
        @OptionGroup var database: DatabaseLocation

        func run() throws {
            try UserCommand.withStore(database) { store throws(StoreError) in
                for user in try store.userSummaries() {
                    print("\(user.name)\t\(user.role.label)\t\(user.disabled ? "已停用" : "正常")")
                }
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "停用用户（停用后不能登录）")
        @OptionGroup var database: DatabaseLocation
        @Option(help: "姓名") var name: String

        func run() throws {
            try UserCommand.withStore(database) { store throws(StoreError) in
                try store.disableUser(named: name)
                print("已停用用户 \(name.trimmingWhitespace())")
            }
        }
    }
}

extension UserCommand {
    /// `cunzhan user reset-pin`: sets a user's PIN at this station.
    ///
    /// PIN hashes never leave a station, so users who arrive by sync (a second station of a village, a
    /// township station) have no PIN there; without this nobody could log in to set one through 用户管理.
    struct ResetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-pin", abstract: "重设用户密码（从服务器同步来的用户在本站没有密码，先在这里设置）")
        @OptionGroup var database: DatabaseLocation
        @Option(help: "姓名") var name: String
        @Flag(help: "从标准输入的第一行读密码（供脚本使用）") var pinStdin = false

        func run() throws {
            let pin = pinStdin || isatty(STDIN_FILENO) == 0 ? readLine() ?? "" : PINPrompt.read("请输入新的6位数字密码：")
            try UserCommand.withStore(database) { store throws(StoreError) in
                let typed = name.trimmingWhitespace()
                guard let user = try store.userSummaries().first(where: { $0.name == typed }) else {
                    throw StoreError(.unknownEntity, "姓名：没有叫“\(typed)”的用户，请用 cunzhan user list 查看用户名单。")
                }
                try store.resetPIN(userID: user.id, pin: pin.trimmingWhitespace())
                print("已重设用户 \(user.name) 的密码，锁定已解除")
            }
        }
    }
}

/// Reads a PIN from the terminal with echo turned off, restoring the terminal afterwards.
enum PINPrompt {
    static func read(_ prompt: String) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        let hasTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if hasTerminal {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        }
        defer {
            if hasTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine() ?? ""
    }
}
