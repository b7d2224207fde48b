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

let package = Package(
    name: "Cunzhan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cunzhan", targets: ["cunzhan"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Zip archives for XLSX: Foundation on Linux has none (links the system zlib, apt zlib1g-dev).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
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
        .target(
            name: "CunzhanScreens",
            dependencies: ["TerminalUI", "CunzhanCore", "CunzhanStore", "ScreenDefinitions", "Spreadsheets"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "cunzhan",
            dependencies: [
                "CunzhanCore", "CunzhanStore", "ScreenDefinitions", "CunzhanScreens", "TerminalUI",
                "TerminalUINcurses", "Spreadsheets", argumentParser,
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
        .testTarget(name: "EndToEndTests", dependencies: ["cunzhan"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
