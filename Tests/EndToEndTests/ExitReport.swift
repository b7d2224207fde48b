/// How a command in a `TmuxSession` ended: its exit status and the terminal modes the shell found afterwards.
struct ExitReport {
    /// The status `sh` saw (`$?`), nil when the line could not be read.
    let status: Int?
    /// The terminal modes of interest after exit, as `stty -a` printed them (`echo`, `-icanon`, …).
    let modes: Set<String>
    /// The whole pane at the time.
    let screen: [String]

    init(line: String, screen: [String]) {
        let words = line.split(separator: " ").map(String.init)
        status = words.first { $0.hasPrefix("EXITED:") }.flatMap { Int($0.dropFirst("EXITED:".count)) }
        modes = Set(words.filter { ["echo", "-echo", "icanon", "-icanon"].contains($0) })
        self.screen = screen
    }

    /// True when the shell got its line editing back: echo and canonical mode both on.
    var terminalRestored: Bool { modes == ["echo", "icanon"] }
}
