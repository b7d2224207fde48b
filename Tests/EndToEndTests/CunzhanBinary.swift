import Foundation

/// Where the built `cunzhan` executable is: next to the test bundle, which `swift test` builds it beside.
enum CunzhanBinary {
    static let path: String = {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let executable = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent().path)
        }
        candidates.append(Bundle.main.bundleURL.path)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().path)
        candidates.append(fileManager.currentDirectoryPath + "/.build/debug")
        for directory in candidates {
            let path = directory + "/cunzhan"
            if fileManager.isExecutableFile(atPath: path) { return path }
        }
        return fileManager.currentDirectoryPath + "/.build/debug/cunzhan"
    }()
}
