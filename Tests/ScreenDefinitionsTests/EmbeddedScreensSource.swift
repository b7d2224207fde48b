import Foundation

/// Writes `Sources/ScreenDefinitions/Catalog/EmbeddedScreens.swift` from `Screens/*.yaml`.
///
/// The defaults are compiled in from a generated, committed file; the staleness test compares it with
/// this rendering and rewrites it when `CUNZHAN_REGENERATE_SCREENS=1` is set.
enum EmbeddedScreensSource {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let screensFolder = packageRoot.appendingPathComponent("Screens")
    static let generatedFile = packageRoot.appendingPathComponent(
        "Sources/ScreenDefinitions/Catalog/EmbeddedScreens.swift")

    /// The `.yaml` files of `Screens/`, in name order, with their text.
    static func definitionFiles() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: screensFolder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { ($0, try String(contentsOf: screensFolder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The Swift source holding `files` as raw string literals that reproduce each text exactly.
    static func render(_ files: [(name: String, text: String)]) -> String {
        var source = """
            // swift-format-ignore-file
            // Generated from Screens/*.yaml. Do not edit: edit the YAML, then run
            // CUNZHAN_REGENERATE_SCREENS=1 swift test --filter ScreenDefinitionsTests

            /// The default definitions of `Screens/`, compiled in so the program needs no files beside it.
            enum EmbeddedScreens {
                /// File name (`visit.yaml`) and text of each default definition, in name order.
                static let files: [(name: String, text: String)] = [

            """
        for (name, text) in files {
            let hashes = delimiter(for: text)
            source += "        (\"\(name)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
        }
        return source + "    ]\n}\n"
    }

    /// A raw-string delimiter longer than any run of `#` in `text`, so no content can end the literal early.
    private static func delimiter(for text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "#" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "#", count: longest + 1)
    }
}
