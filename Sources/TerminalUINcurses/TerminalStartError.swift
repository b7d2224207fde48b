/// Why the ncurses terminal could not start, with a Chinese message that says what to do.
///
/// Thrown before anything is drawn, so the message reaches a normal shell and the terminal is left as it was.
public struct TerminalStartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure, for callers and tests that branch on it.
    public enum Code: Hashable, Sendable {
        /// Neither the environment's locale nor any fallback locale uses UTF-8.
        case noUTF8Locale
        /// Neither `TERM` nor any fallback terminal type has a terminfo description ncurses can use.
        case noUsableTerminal
        /// Standard input or output is not a terminal (a pipe or a file).
        case notATerminal
    }

    public let code: Code
    /// The message shown to the user: the problem, the value involved and the fix.
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static func noUTF8Locale(current: String, tried: [String]) -> Self {
        Self(
            code: .noUTF8Locale,
            message: """
                无法启动：当前语言环境（\(current)）不是 UTF-8，也找不到可用的 UTF-8 语言环境\
                （试过 \(tried.joined(separator: "、"))）。请安装一个 UTF-8 语言环境\
                （例如 sudo apt-get install locales 后生成 zh_CN.UTF-8），\
                然后设置 export LANG=zh_CN.UTF-8 或 export LANG=C.UTF-8 再运行。
                """
        )
    }

    static func noUsableTerminal(term: String?, tried: [String]) -> Self {
        let current = term.map { "TERM=\($0)" } ?? "未设置 TERM"
        return Self(
            code: .noUsableTerminal,
            message: """
                无法启动：找不到可用的终端类型（\(current)；试过 \(tried.joined(separator: "、"))）。\
                请设置终端类型，例如 export TERM=xterm-256color，\
                并确认已安装终端描述（Debian、统信 UOS、麒麟上为 ncurses-base 软件包）。
                """
        )
    }

    static let notATerminal = Self(
        code: .notATerminal,
        message: "无法启动：标准输入和标准输出必须是终端。请在终端窗口或 SSH 会话中直接运行，不要通过管道或重定向。"
    )
}
