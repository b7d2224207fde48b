import Foundation

// Writes a Swift file that holds the given YAML files as raw string literals.
// Usage: embed-screens OUTPUT.swift INPUT.yaml...
// Run by EmbedScreensPlugin at build time; the output is `EmbeddedScreens.files` of ScreenDefinitions.

/// A raw-string delimiter longer than any run of `#` in `text`, so no content can end the literal early.
func delimiter(for text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
        run = character == "#" ? run + 1 : 0
        longest = max(longest, run)
    }
    return String(repeating: "#", count: longest + 1)
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-screens OUTPUT.swift INPUT.yaml...\n".utf8))
    exit(2)
}
var source = """
    // Generated at build time by embed-screens from Screens/*.yaml. Do not edit: edit the YAML files.

    /// The default definitions of `Screens/`, compiled in so the program needs no files beside it.
    enum EmbeddedScreens {
        /// File name (`visit.yaml`) and text of each default definition, in name order.
        static let files: [(name: String, text: String)] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-screens: cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    let hashes = delimiter(for: text)
    source += "        (\"\(url.lastPathComponent)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
let outputURL = URL(fileURLWithPath: output)
if (try? String(contentsOf: outputURL, encoding: .utf8)) != source {
    do {
        try source.write(to: outputURL, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("embed-screens: cannot write \(output): \(error)\n".utf8))
        exit(1)
    }
}
