import CunzhanScreens
import Foundation
import TerminalUI

/// Measures resident memory with a data set open, in a child process of its own.
///
/// The benchmark process has generated data sets and held other stores before, and freed memory is not
/// always returned to the system, so its own RSS would overstate. The child (`cunzhan bench
/// --memory-probe PATH`) notes its RSS before opening anything (the reference), opens the register,
/// types every filter session and scrolls to the end and back, then prints both figures.
enum BenchMemoryProbe {
    static let name = "常驻内存 resident memory (VmRSS)"

    /// In the child: does the work and prints "BASELINE_KB AFTER_KB".
    static func run(path: String) throws {
        let baseline = ResidentMemory.currentKilobytes() ?? 0
        var session = try BenchSession(path: path)
        _ = session.time(.character("/"))
        for key in BenchTypingScript.sessions(idTail: try session.idTail()).joined() { _ = session.time(key) }
        _ = session.time(.escape)
        for key in BenchScroll.keys { _ = session.time(key) }
        let after = ResidentMemory.currentKilobytes() ?? 0
        print("\(baseline) \(after)")
        session.close()
    }

    /// In the benchmark: runs the child on `path` and reads its figures.
    static func measure(path: String, households: Int) throws -> BenchResult {
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: executable)
        child.arguments = ["bench", "--memory-probe", path]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        let figures = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap {
            Double($0)
        }
        guard child.terminationStatus == 0, figures.count == 2 else {
            throw CommandFailure(
                "内存测量子进程失败（退出码 \(child.terminationStatus)），请单独运行 cunzhan bench --memory-probe \(path) 查看原因")
        }
        return BenchResult(
            name: name, households: households, unit: .megabytes, measured: BenchStatistics(single: figures[1] / 1024),
            budget: .init(.median, atMost: 80), reference: BenchStatistics(single: figures[0] / 1024))
    }
}
