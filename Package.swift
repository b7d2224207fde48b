// swift-tools-version:6.1
import PackageDescription

/// Strict Swift 6 settings shared by every target of ours.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Cunzhan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cunzhan", targets: ["cunzhan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C module: links ncursesw (the wide-character library) and exposes its macros and globals.
        .systemLibrary(
            name: "CNcursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalUI", swiftSettings: strictSettings),
        .target(name: "TerminalUINcurses", dependencies: ["TerminalUI", "CNcursesW"], swiftSettings: strictSettings),
        .target(name: "CunzhanCore", swiftSettings: strictSettings),
        .target(
            name: "CunzhanStore",
            dependencies: ["CunzhanCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "cunzhan",
            dependencies: [
                "CunzhanCore", "CunzhanStore", "TerminalUI", "TerminalUINcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CunzhanCoreTests", dependencies: ["CunzhanCore"], swiftSettings: strictSettings),
        .testTarget(name: "CunzhanStoreTests", dependencies: ["CunzhanStore"], swiftSettings: strictSettings),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
