import CNcursesW
import TerminalUI

#if canImport(Glibc)
    import Glibc
#endif

/// The real terminal: a `Terminal` drawn and read through ncursesw, the only Swift code that calls ncurses.
///
/// Opening it switches to a UTF-8 locale, picks a terminal type that has a terminfo entry, and puts the
/// terminal in raw mode (Ctrl-C arrives as `Key.control("c")`, the app decides what it means). `close()`
/// (also run by `deinit`) gives the terminal back; SIGTERM, SIGHUP, SIGINT and SIGQUIT restore it too,
/// so the shell is never left raw. Not thread-safe: use it from one thread, as ncurses requires.
///
///     let terminal = try NcursesTerminal()
///     defer { terminal.close() }
///     terminal.present(canvas)
///     let events = terminal.nextEvents(timeoutMilliseconds: 1_000)
public final class NcursesTerminal: Terminal {
    /// Terminal types tried, in order, after `TERM` (or instead of it when it is unset or unknown).
    public static let fallbackTerminalTypes = ["xterm-256color", "xterm", "vt100"]

    /// The terminal type ncurses runs with (`TERM`, or the fallback that worked).
    public let terminalType: String
    /// The locale the process runs in (the user's own when it is UTF-8).
    public let localeName: String
    public private(set) var capabilities: TerminalCapabilities

    private var screen: OpaquePointer?
    private var outputFile: UnsafeMutablePointer<FILE>?
    private var inputFile: UnsafeMutablePointer<FILE>?
    /// What was drawn last; nil forces a full redraw (first frame, after a resize).
    var lastFrame: Canvas?
    var colorPairs: NcursesColorPairs?
    var cursorVisible: Bool?
    var inputDecoder = UTF8InputDecoder()

    /// Opens the terminal on standard input and output.
    ///
    /// - Parameter environment: the variables that steer start-up (`TERM`, `NO_COLOR`); the process
    ///   environment by default.
    public init(environment: [String: String] = NcursesTerminal.processEnvironment()) throws(TerminalStartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        localeName = try UTF8Locale.activate()

        let inputDescriptor = dup(STDIN_FILENO)
        let outputDescriptor = dup(STDOUT_FILENO)
        guard let input = fdopen(inputDescriptor, "r"), let output = fdopen(outputDescriptor, "w") else {
            throw .notATerminal
        }
        // Saved before ncurses changes anything: the signal path puts exactly these settings back.
        _ = cz_install_restore_handlers(STDIN_FILENO, outputDescriptor)
        let candidates = Self.terminalTypeCandidates(term: environment["TERM"])
        var opened: (type: String, screen: OpaquePointer)?
        for candidate in candidates where cz_terminal_type_usable(candidate, outputDescriptor) != 0 {
            if let screen = newterm(candidate, output, input) {
                opened = (candidate, screen)
                break
            }
        }
        guard let opened else {
            cz_remove_restore_handlers()
            fclose(input)
            fclose(output)
            throw .noUsableTerminal(term: environment["TERM"], tried: candidates)
        }
        terminalType = opened.type
        screen = opened.screen
        inputFile = input
        outputFile = output
        capabilities = TerminalCapabilities(colors: false, mouse: false)
        configureModes(colorsAllowed: environment["NO_COLOR"].map(\.isEmpty) ?? true)
    }

    deinit { close() }

    /// The current size in cells, as ncurses knows it (updated when it delivers `KEY_RESIZE`).
    public var size: Size { Size(width: Int(cz_cols()), height: Int(cz_lines())) }

    /// Gives the terminal back to the shell: leaves the full-screen mode and restores the saved settings.
    ///
    /// Safe to call more than once; after it, the terminal must not be used again.
    public func close() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        cz_remove_restore_handlers()
        if let outputFile { fclose(outputFile) }
        if let inputFile { fclose(inputFile) }
        outputFile = nil
        inputFile = nil
    }

    /// `TERM` first (when set and not empty), then the fallbacks, without repeats.
    static func terminalTypeCandidates(term: String?) -> [String] {
        var candidates: [String] = []
        if let term, !term.isEmpty { candidates.append(term) }
        for fallback in fallbackTerminalTypes where !candidates.contains(fallback) { candidates.append(fallback) }
        return candidates
    }

    /// The process environment as a dictionary.
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }

    /// Raw keyboard, no echo, keypad decoding, a short Esc delay, colours and mouse when available.
    private func configureModes(colorsAllowed: Bool) {
        let window = cz_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        intrflush(window, false)
        cz_set_escdelay(25)
        if colorsAllowed, has_colors(), start_color() == OK, use_default_colors() == OK {
            colorPairs = NcursesColorPairs(limit: Int(cz_color_pairs()))
            capabilities.colors = true
        }
        mouseinterval(0)
        let wanted = cz_button_pressed(1) | cz_button_pressed(2) | cz_button_pressed(3)
        capabilities.mouse = mousemask(wanted, nil) != 0
    }
}
