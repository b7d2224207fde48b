import CunzhanCore
import CunzhanScreens
import CunzhanStore
import TerminalUI

/// The station program on one data set, running headless, with each key timed from input to presented frame.
///
/// It is what `cunzhan` itself builds (`StationApp.program` over a `StationStore`), drawn into a
/// `HeadlessTerminal` that diffs frames as the ncurses backend does, without a real terminal's output time.
struct BenchSession {
    /// The terminal size of every benchmark: a common laptop terminal, larger than the 80×24 minimum.
    static let size = Size(width: 100, height: 30)
    /// About how many household rows one screen shows: the page size of the raw reference queries.
    static let pageRows = size.height - 3

    let store: StationStore
    let terminal: HeadlessTerminal
    var program: Program

    /// Opens the store at `path`, builds the program (signed in as `user` when given, as after the login
    /// screen) and presents its first frame.
    init(path: String, user: User? = nil) throws {
        let store = try StationStore(path: path)
        self.store = store
        terminal = HeadlessTerminal(size: Self.size)
        let session = try user.map { Session.of($0, villages: try store.villages()) }
        program = try StationApp.program(
            store: store, catalog: .defaults, size: Self.size, theme: Theme(capabilities: terminal.capabilities),
            session: session)
        terminal.present(program.step([]))
    }

    /// Feeds one key and presents the frame it gives; returns how long both took.
    mutating func time(_ key: Key) -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        let frame = program.step([.key(key)])
        terminal.present(frame)
        return clock.now - start
    }

    /// Four characters of a real ID-number tail from the first screen, for the typing script.
    func idTail() throws -> String {
        let rows = try store.householdPage(filter: "", after: nil, limit: Self.pageRows)
        let tail = rows.map { String($0.maskedHeadID.suffix(4)) }.first { $0.count == 4 && !$0.contains("*") }
        return tail ?? "0001"
    }

    func close() {
        try? store.close()
    }
}
