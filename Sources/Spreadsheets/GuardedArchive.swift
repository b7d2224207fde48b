import Foundation
import ZIPFoundation

/// A zip archive opened for reading with limits on what its entries may unpack to.
///
/// XLSX files are zip archives, and a zip bomb (a few kilobytes that unpack to gigabytes) must be refused
/// before it fills memory. The sizes an archive declares can lie, so besides checking them up front the
/// bytes are counted while they unpack and reading stops at the limit.
final class GuardedArchive {
    private let archive: Archive
    private let limits: SpreadsheetLimits
    private var bytesRead = 0

    init(url: URL, limits: SpreadsheetLimits) throws(SpreadsheetError) {
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw SpreadsheetError(
                .damagedArchive, "文件不是完整的 .xlsx 工作簿（压缩包损坏或不完整），请用 Excel 或 WPS 打开后重新保存再导入。")
        }
        self.limits = limits
        var count = 0
        for _ in archive {
            count += 1
            if count > limits.maxArchiveEntries {
                throw SpreadsheetError(.tooLarge, "工作簿里的文件超过 \(limits.maxArchiveEntries) 个，不像是花名册，已拒绝导入。")
            }
        }
    }

    /// The unpacked bytes of the entry at `path`, or nil when the archive has no such entry.
    func data(at path: String) throws(SpreadsheetError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        let packed = max(Int(clamping: entry.compressedSize), 1)
        if declared > limits.maxEntryBytes || bytesRead + declared > limits.maxTotalBytes {
            throw tooLarge(path)
        }
        if declared > 1024 * 1024, declared / packed > limits.maxCompressionRatio {
            throw SpreadsheetError(.tooLarge, "工作簿中的 \(path) 压缩比异常（\(declared / packed) 倍），疑似压缩炸弹，已拒绝导入。")
        }
        var data = Data()
        data.reserveCapacity(min(declared, limits.maxEntryBytes))
        let entryLimit = limits.maxEntryBytes
        let totalLimit = limits.maxTotalBytes - bytesRead
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > entryLimit || data.count > totalLimit { throw StopReading() }
            }
        } catch is StopReading {
            throw tooLarge(path)
        } catch {
            throw SpreadsheetError(
                .damagedArchive, "工作簿中的 \(path) 已损坏，无法解压，请用 Excel 或 WPS 打开后重新保存再导入。")
        }
        bytesRead += data.count
        return data
    }

    private func tooLarge(_ path: String) -> SpreadsheetError {
        SpreadsheetError(
            .tooLarge,
            "工作簿中的 \(path) 解压后超过 \(limits.maxEntryBytes / 1024 / 1024) MB，疑似压缩炸弹或表格过大，已拒绝导入。")
    }

    private struct StopReading: Error {}
}
