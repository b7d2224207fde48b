import Foundation

/// Runs the built `cunzhan-server` executable, which `swift test` builds beside the test bundle.
enum ServerBinary {
    static let path: String = {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let executable = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent().path)
        }
        candidates.append(Bundle.main.bundleURL.path)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().path)
        candidates.append(fileManager.currentDirectoryPath + "/.build/debug")
        for directory in candidates where fileManager.isExecutableFile(atPath: directory + "/cunzhan-server") {
            return directory + "/cunzhan-server"
        }
        return fileManager.currentDirectoryPath + "/.build/debug/cunzhan-server"
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `cunzhan-server arguments…` to the end.
    static func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A running `cunzhan-server serve`, its standard output collected as it comes.
    final class Running: @unchecked Sendable {
        let process: Process
        private let output = OutputBuffer()

        init(_ arguments: [String]) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: ServerBinary.path)
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            pipe.fileHandleForReading.readabilityHandler = { [output] handle in
                output.append(String(decoding: handle.availableData, as: UTF8.self))
            }
            try process.run()
        }

        var stdout: String { output.text }

        /// Polls the output until `find` returns a value or `seconds` pass.
        func waitFor<T>(seconds: Double, _ find: (String) -> T?) async throws -> T? {
            let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            while ContinuousClock.now < deadline {
                if let found = find(stdout) { return found }
                try await Task.sleep(for: .milliseconds(50))
            }
            return find(stdout)
        }

        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
    }
}

/// Text collected from a pipe's handler thread and read by the test, under a lock.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = ""

    func append(_ text: String) {
        lock.withLock { collected += text }
    }

    var text: String { lock.withLock { collected } }
}
