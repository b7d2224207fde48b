import ArgumentParser
import Foundation

/// The `--db PATH` option every subcommand shares, and the default location of the station store.
///
/// Default: `$CUNZHAN_DB`, else `$XDG_DATA_HOME/cunzhan/station.sqlite`, else
/// `~/.local/share/cunzhan/station.sqlite`.
struct DatabaseLocation: ParsableArguments {
    @Option(name: .customLong("db"), help: "数据库文件路径（默认 $CUNZHAN_DB 或 $XDG_DATA_HOME/cunzhan/station.sqlite）")
    var path: String?

    /// The path to open: the option, else the default from the environment.
    var resolvedPath: String {
        path ?? DatabaseLocation.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["CUNZHAN_DB"], !explicit.isEmpty { return explicit }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/cunzhan/station.sqlite" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/cunzhan/station.sqlite"
    }
}
