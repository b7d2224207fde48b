import CunzhanScreens
import Foundation
import TerminalUI

/// Measures opening a household with ten years of visits: Enter on its row in the register to the frame
/// of its file.
///
/// The register is filtered to the household first (as a cadre would: `/`, its number, Enter), then each
/// repetition times Enter and goes back with Esc. The reference reads the same rows with raw SQL: the
/// household, its members, its visits newest first and its open items.
enum BenchHouseholdOpen {
    static let name = "打开十年走访的农户 open 10-year household"

    static func measure(
        path: String, households: Int, prepared: BenchHouseholds, repetitions: Int,
        reference: BenchReference
    ) throws -> BenchResult {
        var session = try BenchSession(path: path, user: prepared.worker)
        defer { session.close() }
        let number = prepared.longHistory.householdNumber
        for key in [Key.character("/")] + number.map(Key.character) + [.enter] { _ = session.time(key) }
        var durations: [Duration] = []
        var references: [Duration] = []
        let id = prepared.longHistory.id.description
        for repetition in 0..<repetitions {
            durations.append(session.time(.enter))
            if repetition == 0 { try checkFile(session, head: prepared.longHistory.headName) }
            _ = session.time(.escape)
            references.append(
                try reference.time(
                    "SELECT h.*, g.name FROM households h JOIN villager_groups g ON g.id = h.group_id WHERE h.id = ?",
                    arguments: [id])
                    + reference.time("SELECT * FROM members WHERE household_id = ?", arguments: [id])
                    + reference.time(
                        "SELECT * FROM visits WHERE household_id = ? AND voided = 0 ORDER BY date DESC, id",
                        arguments: [id])
                    + reference.time(
                        "SELECT * FROM rectification_items WHERE household_id = ? AND state <> 'closed'",
                        arguments: [id]))
        }
        return BenchResult(
            name: name, households: households, measured: BenchStatistics(durations: durations),
            budget: .init(.p99, atMost: 16), reference: BenchStatistics(durations: references))
    }

    /// Refuses a measurement whose frame is not the household's file with its visits: it would time nothing real.
    private static func checkFile(_ session: BenchSession, head: String) throws {
        let screen = session.terminal.lines.joined(separator: "\n")
        guard screen.contains(head), screen.contains("走访") else {
            throw CommandFailure("按回车后没有打开测试农户“\(head)”的档案，测试结果无效。画面：\n\(screen)")
        }
    }
}
