import Foundation
import TerminalUI
import Testing

/// Compares a frame with its golden file `Tests/CunzhanScreensTests/__Snapshots__/<name>.txt`.
///
/// The file holds `canvas.lines`, one row per line, trailing spaces kept. With `CUNZHAN_RECORD_SNAPSHOTS=1`
/// the file is (re)written instead; without it a missing file is a failure, so goldens change only on
/// purpose. `name` may contain a folder (`"Forms/visit-80x24"`).
func assertSnapshot(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = snapshotDirectory.appendingPathComponent(name + ".txt")
    let actual = canvas.lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["CUNZHAN_RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "No snapshot \(name).txt: run with CUNZHAN_RECORD_SNAPSHOTS=1 to record it, then review it.",
            sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var report: [String] = []
    for row in 0..<max(expectedLines.count, actualLines.count) {
        let old = row < expectedLines.count ? expectedLines[row] : "<none>"
        let new = row < actualLines.count ? actualLines[row] : "<none>"
        if old != new { report.append("row \(row):\n  expected |\(old)|\n  actual   |\(new)|") }
    }
    let differences = report.joined(separator: "\n")
    Issue.record("Snapshot \(name) differs:\n\(differences)", sourceLocation: sourceLocation)
}

/// `Tests/CunzhanScreensTests/__Snapshots__`, found from this source file.
private let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
