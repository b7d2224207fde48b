import Foundation

/// Runs a program and returns its standard output, spawned with a clean signal mask.
///
/// Foundation's `Process` hands the calling thread's signal mask down to the child, and test threads block
/// every signal, so tmux and `cunzhan` would start deaf to SIGTERM, SIGHUP and SIGWINCH. `posix_spawn` with
/// `POSIX_SPAWN_SETSIGMASK` and `POSIX_SPAWN_SETSIGDEF` gives them the mask and handlers a shell would.
enum Subprocess {
    /// Held from creating a pipe until it is close-on-exec and spawned, so no other test's child inherits it
    /// (a tmux server that inherited one would keep it open and its reader would never see end-of-file).
    private static let spawnLock = NSLock()

    /// Runs `arguments` (looked up on the PATH) and returns standard output; throws when it exits non-zero.
    @discardableResult
    static func run(_ arguments: [String], capturingOutput: Bool = true) throws -> String {
        spawnLock.lock()
        var locked = true
        defer { if locked { spawnLock.unlock() } }
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        var pipeEnds: [Int32] = [-1, -1]
        if capturingOutput {
            guard pipe(&pipeEnds) == 0 else { throw TmuxError(message: "无法创建管道") }
            _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
            posix_spawn_file_actions_adddup2(&fileActions, pipeEnds[1], STDOUT_FILENO)
        } else {
            posix_spawn_file_actions_addopen(&fileActions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&fileActions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        let environmentStrings = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            withCStrings(environmentStrings) { envp in
                posix_spawnp(&pid, arguments[0], &fileActions, &attributes, argv, envp)
            }
        }
        if capturingOutput { close(pipeEnds[1]) }
        spawnLock.unlock()
        locked = false
        guard status == 0 else {
            if capturingOutput { close(pipeEnds[0]) }
            throw TmuxError(message: "无法启动 \(arguments[0])：错误 \(status)")
        }
        var output = Data()
        if capturingOutput {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(pipeEnds[0], &buffer, buffer.count)
                if count > 0 {
                    output.append(contentsOf: buffer[0..<count])
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            close(pipeEnds[0])
        }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) == -1 && errno == EINTR {}
        guard exitStatus == 0 else {
            throw TmuxError(message: "\(arguments.joined(separator: " ")) 失败，状态 \(exitStatus)")
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Calls `body` with a NULL-terminated C array of copies of `strings`.
    private static func withCStrings<Result>(
        _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
    ) -> Result {
        let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { for copy in copies { free(copy) } }
        return body(copies)
    }
}
