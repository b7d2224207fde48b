import ArgumentParser

/// `cunzhan-server`: the township/county sync server and its station administration.
@main
struct CunzhanServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cunzhan-server",
        abstract: "村站同步服务器：接收各村站上传的操作，按范围下发，并管理站点令牌。",
        subcommands: [Serve.self, Enroll.self, Revoke.self, List.self, ImportBundle.self, Bench.self])
}

/// The `--db` option every subcommand takes.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: "数据库：sqlite:路径（默认 $CUNZHAN_SERVER_DB 或 sqlite:cunzhan-server.sqlite）或 postgres://用户@主机:端口/库")
    var location: String?

    var resolved: String { location ?? ServerDatabaseDefaults.location }
}
