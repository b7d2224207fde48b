import Foundation

/// The process's resident memory (VmRSS), as Linux reports it in `/proc/self/status`.
///
/// DESIGN.md §6 limits resident memory with the county data set open; RSS is what the machine must
/// really hold, unlike the virtual size, which counts mapped but untouched pages.
public enum ResidentMemory {
    /// The current VmRSS in kilobytes, nil where `/proc` is not available.
    public static func currentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return kilobytes(inProcStatus: status)
    }

    /// The VmRSS line's figure in a `/proc/<pid>/status` text: `VmRSS:	   51234 kB` → 51234.
    public static func kilobytes(inProcStatus status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let fields = line.dropFirst("VmRSS:".count).split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 2, fields[1] == "kB" else { return nil }
            return Int(fields[0])
        }
        return nil
    }
}
