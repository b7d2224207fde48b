import Foundation
import PostgresNIO

extension PostgresStorage {
    /// The client configuration of a `postgres://user[:password]@host[:port]/database[?sslmode=require]` URL.
    ///
    /// TLS is off unless `sslmode=require` (or `prefer`) asks for it: the usual set-up is a server on the
    /// same machine or the county's LAN.
    static func configuration(_ url: String) throws(StorageError) -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url),
            ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty, let user = components.user, !user.isEmpty
        else {
            throw StorageError("数据库地址无效：应为 postgres://用户@主机:端口/数据库，例如 postgres://cunzhan@127.0.0.1:5432/cunzhan")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "require": tls = .require(.makeClientConfiguration())
        case "prefer": tls = .prefer(.makeClientConfiguration())
        default: tls = .disable
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user, password: components.password,
            database: database.isEmpty ? user : database, tls: tls)
        configuration.options.maximumConnections = 20
        return configuration
    }
}
