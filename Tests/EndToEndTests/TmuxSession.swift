import Foundation

/// A detached tmux session on a private server that runs one command, for end-to-end tests of the real binary.
///
/// The command runs as `sh -c 'command; echo EXITED:$? <tty modes>; exec sleep …'`, so a test can check both the
/// exit status and that the terminal was given back (`echo` and `icanon` on again). The shell stays (sleeping)
/// because tmux may drop the last output of a pane whose process has already ended.
/// Every session has its own server socket (`tmux -L`), so tests run in parallel without seeing each other.
final class TmuxSession {
    /// The private server's socket name.
    let socket: String
    private static let target = "main"

    /// True when a `tmux` binary is on the PATH; the end-to-end tests are skipped without it.
    static let isAvailable: Bool = (try? run(["-V"], socket: nil)) != nil

    /// Starts `command` at `width`×`height`, with `environment` set and the variables in `unset` removed.
    init(
        command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        unset: [String] = []
    ) throws {
        socket = "cunzhan-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let settings =
            unset.map { "-u \(Self.quoted($0))" }
            + environment.sorted { $0.key < $1.key }
            .map { Self.quoted("\($0.key)=\($0.value)") }
        let script = """
            env \(settings.joined(separator: " ")) \(command.map(Self.quoted).joined(separator: " ")); \
            echo "EXITED:$? TTY: $(stty -a | grep -oEw -- '-?(echo|icanon)' | tr '\\n' ' ')"; \
            exec sleep 86400
            """
        // The server outlives this call, so it must not inherit a pipe whose end-of-file we would wait for.
        try Self.run(
            [
                "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
                "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)", "sh", "-c", script,
            ],
            socket: socket, capturingOutput: false
        )
    }

    deinit { kill() }

    /// Types `text` literally (`send-keys -l`): Chinese, a paste, a key storm.
    func sendText(_ text: String) throws {
        try tmux("send-keys", "-t", Self.target, "-l", text)
    }

    /// Presses named keys in order (`q`, `C-s`, `F1`, `Enter`, `BTab`, `Up`).
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", Self.target] + keys)
    }

    /// Sends raw bytes given in hex (`send-keys -H`), for input that is not valid UTF-8.
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", Self.target, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// The visible pane as lines (wrapped lines joined), trailing blank lines dropped.
    func capture() throws -> [String] {
        var lines = try tmux("capture-pane", "-p", "-J", "-t", Self.target).components(separatedBy: "\n")
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines
    }

    /// Polls the pane until some line contains `text`; throws with the last screen when `timeout` passes first.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(20)) throws -> [String] {
        try waitUntil("「\(text)」", timeout: timeout) { lines in lines.contains { $0.contains(text) } }
    }

    /// Polls the pane until `condition` holds for its lines, on a frame that has stopped changing.
    @discardableResult
    func waitUntil(
        _ description: String, timeout: Duration = .seconds(20), _ condition: ([String]) -> Bool
    ) throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        var lines = try capture()
        var previous: [String]?
        // Done when the condition holds on a settled frame: a capture can land while the program is still
        // writing a frame (top rows new, lower rows old), so the lines must also equal the capture before.
        while !condition(lines) || lines != previous {
            guard ContinuousClock.now < deadline else {
                throw TmuxError(message: "等待 \(description) 超时，屏幕内容：\n" + lines.joined(separator: "\n"))
            }
            usleep(20_000)
            previous = lines
            lines = try capture()
        }
        return lines
    }

    /// Waits for the command to end and reports its exit status and whether the terminal modes came back.
    func waitForExit(timeout: Duration = .seconds(20)) throws -> ExitReport {
        let lines = try waitFor(text: "EXITED:", timeout: timeout)
        guard let line = lines.last(where: { $0.contains("EXITED:") }) else {
            throw TmuxError(message: "找不到退出行")
        }
        return ExitReport(line: line, screen: lines)
    }

    /// Resizes the window, which the program sees as ncurses' `KEY_RESIZE`.
    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)")
    }

    /// The process id of the command (the child of the pane's shell), for signal tests.
    func commandProcessID() throws -> pid_t? {
        let shell = try tmux("display-message", "-p", "-t", Self.target, "#{pane_pid}")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Subprocess.run(["ps", "-o", "pid=", "--ppid", shell])
        return children.split(separator: "\n").compactMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }.first
    }

    /// Stops the private server and everything running in it.
    func kill() {
        _ = try? tmux("kill-server")
        let directory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(directory)/tmux-\(getuid())/\(socket)")
    }

    @discardableResult
    private func tmux(_ arguments: String...) throws -> String {
        try tmux(arguments)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.run(arguments, socket: socket)
    }

    @discardableResult
    private static func run(_ arguments: [String], socket: String?, capturingOutput: Bool = true) throws -> String {
        let prefix = socket.map { ["-u", "-L", $0, "-f", "/dev/null"] } ?? []
        return try Subprocess.run(["tmux"] + prefix + arguments, capturingOutput: capturingOutput)
    }

    /// `value` in single quotes for `sh`.
    static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A failed tmux step or a wait that timed out, with the screen at that moment.
struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
