// swift-tools-version:6.1
import PackageDescription

/// Strict Swift 6 settings shared by every target of ours.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let yams: Target.Dependency = .product(name: "Yams", package: "Yams")
let crypto: Target.Dependency = .product(name: "Crypto", package: "swift-crypto")
let zipFoundation: Target.Dependency = .product(name: "ZIPFoundation", package: "ZIPFoundation")
let hummingbird: Target.Dependency = .product(name: "Hummingbird", package: "hummingbird")
let postgresNIO: Target.Dependency = .product(name: "PostgresNIO", package: "postgres-nio")
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")

let package = Package(
    name: "Cunzhan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cunzhan", targets: ["cunzhan"]),
        .executable(name: "cunzhan-server", targets: ["cunzhan-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Zip archives for XLSX: Foundation on Linux has none (links the system zlib, apt zlib1g-dev).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C module: links ncursesw (the wide-character library) and exposes its macros and globals.
        .systemLibrary(
            name: "CNcursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // C module: the system SQLite (pkg-config sqlite3), the library GRDB links; the store reports its version.
        .systemLibrary(
            name: "CSQLite3",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "TerminalUI", swiftSettings: strictSettings),
        .target(name: "TerminalUINcurses", dependencies: ["TerminalUI", "CNcursesW"], swiftSettings: strictSettings),
        .target(name: "CunzhanCore", swiftSettings: strictSettings),
        // CSV and XLSX reading and writing for rosters and registers; knows nothing of the domain.
        .target(name: "Spreadsheets", dependencies: [zipFoundation], swiftSettings: strictSettings),
        .target(
            name: "CunzhanStore", dependencies: ["CunzhanCore", "Spreadsheets", "CSQLite3", grdb, crypto],
            swiftSettings: strictSettings
        ),
        // Loads and validates the form and list definitions of Screens/ (compiled-in defaults + override folder).
        .target(name: "ScreenDefinitions", dependencies: ["CunzhanCore", yams], swiftSettings: strictSettings),
        // The station side of sync: HTTP client, push/pull with retries, bundle files.
        .target(
            name: "CunzhanSyncClient", dependencies: ["CunzhanCore", "CunzhanStore", "CunzhanSyncAPI", crypto],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CunzhanScreens",
            dependencies: [
                "TerminalUI", "CunzhanCore", "CunzhanStore", "ScreenDefinitions", "Spreadsheets", "CunzhanSyncClient",
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "cunzhan",
            dependencies: [
                "CunzhanCore", "CunzhanStore", "ScreenDefinitions", "CunzhanScreens", "TerminalUI",
                "TerminalUINcurses", "Spreadsheets", "CunzhanSyncClient", "CunzhanSyncAPI", "CunzhanServer",
                argumentParser, logging,
            ],
            swiftSettings: strictSettings
        ),
        // The sync wire contract shared by station and server (DESIGN.md §3): requests, results, bundles.
        .target(name: "CunzhanSyncAPI", dependencies: ["CunzhanCore", crypto], swiftSettings: strictSettings),
        // The sync server as a library (Hummingbird 2); storage on SQLite (CSQLite3) or PostgreSQL.
        .target(
            name: "CunzhanServer",
            dependencies: ["CunzhanSyncAPI", "CunzhanCore", "CSQLite3", hummingbird, postgresNIO, logging, crypto],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "cunzhan-server",
            dependencies: ["CunzhanServer", "CunzhanSyncAPI", argumentParser, logging],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CunzhanSyncAPITests", dependencies: ["CunzhanSyncAPI"], swiftSettings: strictSettings),
        .testTarget(
            name: "CunzhanServerTests",
            dependencies: [
                // CunzhanStore only to make real station ops (demo data) for compatibility tests; the
                // executable so `swift test` builds it for the command-line tests.
                "CunzhanServer", "CunzhanSyncAPI", "CunzhanCore", "CunzhanStore", "cunzhan-server",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CunzhanCoreTests", dependencies: ["CunzhanCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "CunzhanStoreTests", dependencies: ["CunzhanStore", "Spreadsheets"], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SpreadsheetsTests", dependencies: ["Spreadsheets"], exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CunzhanSyncClientTests",
            dependencies: [
                "CunzhanSyncClient", "CunzhanStore", "CunzhanCore", "CunzhanSyncAPI", "CunzhanServer", logging,
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI"],
            exclude: ["__Snapshots__"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TerminalUINcursesTests", dependencies: ["TerminalUINcurses"], swiftSettings: strictSettings
        ),
        .testTarget(name: "ScreenDefinitionsTests", dependencies: ["ScreenDefinitions"], swiftSettings: strictSettings),
        .testTarget(
            name: "CunzhanScreensTests",
            dependencies: ["CunzhanScreens", "TerminalUI", "CunzhanStore"],
            exclude: ["__Snapshots__"],
            swiftSettings: strictSettings
        ),
        // Drives the real `cunzhan` binary in tmux; depends on it so `swift test` builds it first.
        .testTarget(
            name: "EndToEndTests", dependencies: ["cunzhan", "cunzhan-server", "CunzhanStore", "CunzhanCore"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
