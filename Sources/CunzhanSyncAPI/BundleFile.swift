import Foundation

/// The file format of USB bundles: one line of JSON, then one line `sha256 <hex>` of that line's bytes.
///
/// A truncated or altered file fails the checksum (or the parse) and is refused whole, before any op
/// in it is looked at. Example:
/// ```
/// {"createdAt":"2026-11-23T08:00:00Z","cursor":12,"ops":[...],"protocol":1,"stationID":"..."}
/// sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
/// ```
public enum BundleFile {
    static let checksumPrefix = "sha256 "

    /// The file bytes of `bundle`.
    public static func encode(_ bundle: some Encodable) throws -> Data {
        let body = try SyncCoding.encode(bundle)
        var file = body
        file.append(UInt8(ascii: "\n"))
        file.append(contentsOf: Array((checksumPrefix + Checksum.sha256(body) + "\n").utf8))
        return file
    }

    /// The bundle in `data`, or a `.badBundle` / `.unsupportedProtocol` `SyncError` saying what is wrong.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(SyncError) -> T {
        let body = try verifiedBody(data)
        guard let version = try? SyncCoding.decode(BundleVersion.self, from: body) else {
            throw SyncError(.badBundle, "文件不是村站同步包：内容无法解析。")
        }
        guard version.protocol == SyncProtocol.version else {
            throw SyncError(
                .unsupportedProtocol,
                "同步包的协议版本是 \(version.protocol.map(String.init) ?? "（缺失）")，本程序只支持版本 \(SyncProtocol.version)，请用相同版本的程序导出。"
            )
        }
        do {
            return try SyncCoding.decode(T.self, from: body)
        } catch {
            throw SyncError(.badBundle, "文件不是这种同步包（上传包和回传包不能混用），或内容不完整。")
        }
    }

    /// The one field read before the rest, so another version is named as such rather than as a broken file.
    private struct BundleVersion: Decodable {
        var `protocol`: Int?
    }

    /// The JSON line of `data` once its checksum line matches it.
    static func verifiedBody(_ data: Data) throws(SyncError) -> Data {
        let bytes = [UInt8](data)
        guard bytes.last == UInt8(ascii: "\n"), bytes.count > 1,
            let split = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n"))
        else {
            throw SyncError(.badBundle, "同步包不完整（缺少校验行），可能复制时被截断，请重新导出。")
        }
        let body = Data(bytes[..<split])
        let checksumLine = String(decoding: bytes[(split + 1)..<(bytes.count - 1)], as: UTF8.self)
        guard checksumLine.hasPrefix(checksumPrefix) else {
            throw SyncError(.badBundle, "同步包不完整（缺少校验行），可能复制时被截断，请重新导出。")
        }
        guard String(checksumLine.dropFirst(checksumPrefix.count)) == Checksum.sha256(body) else {
            throw SyncError(.badBundle, "同步包校验失败：文件被截断或改动过，整个文件未导入，请重新导出。")
        }
        return body
    }
}
