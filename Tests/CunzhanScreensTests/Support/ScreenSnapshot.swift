import Foundation
import TerminalUI
import Testing

/// Golden files of whole screens: compares a frame's lines with `__Snapshots__/<name>.txt` of this target.
///
/// The file holds `canvas.lines`, one row per line, trailing spaces kept, so a column that drifts by one
/// cell shows as a difference. With `CUNZHAN_RECORD_SNAPSHOTS=1` the file is (re)written instead; without
/// it a missing file is a failure, so goldens change only on purpose and are reviewed by eye.
enum ScreenSnapshot {
    /// Checks `canvas` against the golden file `name` (may contain a folder: `"HouseholdList/register-80x24"`).
    static func expect(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try expect(lines: canvas.lines, named: name, sourceLocation: sourceLocation)
    }

    /// Checks `lines` against the golden file `name`, reporting every row that differs.
    static func expect(lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["CUNZHAN_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
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
        Issue.record(
            "Snapshot \(name) differs:\n\(differences(expected: expected, actual: actual))",
            sourceLocation: sourceLocation)
    }

    /// The rows that differ, each as expected and actual text between bars.
    static func differences(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (0..<max(old.count, new.count)).compactMap { row in
            let was = row < old.count ? old[row] : "<none>"
            let now = row < new.count ? new[row] : "<none>"
            return was == now ? nil : "row \(row):\n  expected |\(was)|\n  actual   |\(now)|"
        }.joined(separator: "\n")
    }

    /// `Tests/CunzhanScreensTests/__Snapshots__`, found from this source file.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
}
