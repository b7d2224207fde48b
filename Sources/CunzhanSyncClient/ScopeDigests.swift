import CunzhanStore
import CunzhanSyncAPI
import Foundation

/// The station's own digests of the ops it has pulled, kept per village (and one for reference data) the
/// way the server keeps them (XOR of SHA-256 of op ids), so the scope digests of the last pull page can be
/// rebuilt and compared: a difference shows drift.
struct ScopeDigests: Sendable, Equatable {
    /// By 12-digit village code, or `ScopeDigest.reference` for ops without a village.
    var villages: [String: ScopeDigest.Accumulator] = [:]

    /// The digests kept in the store (JSON text of `[ScopeDigest]`); empty when none or unreadable.
    init(json: String) {
        let digests = (try? SyncCoding.decode([ScopeDigest].self, from: Data(json.utf8))) ?? []
        for digest in digests { villages[digest.scope] = ScopeDigest.Accumulator(digest) }
    }

    /// Adds the ops of a page, each to its village.
    mutating func add(_ ops: [PulledOp]) {
        for op in ops {
            let key = op.villageCode ?? ScopeDigest.reference
            villages[key, default: ScopeDigest.Accumulator(scope: key)].add(opID: op.op.opID)
        }
    }

    /// The station's digest of `scope` (a code prefix, or the reference scope).
    func digest(of scope: String) -> ScopeDigest {
        var total = ScopeDigest.Accumulator(scope: scope)
        for (key, accumulator) in villages {
            let holds =
                scope == ScopeDigest.reference
                ? key == ScopeDigest.reference : key != ScopeDigest.reference && key.hasPrefix(scope)
            if holds { total.add(accumulator) }
        }
        return total.digest
    }

    /// True when a digest of the server differs from the station's for the same scope.
    func differs(from server: [ScopeDigest]) -> Bool {
        server.contains { digest(of: $0.scope) != $0 }
    }

    /// The per-village digests as JSON text, for the store.
    var json: String {
        let digests = villages.values.map(\.digest).sorted { $0.scope < $1.scope }
        guard let data = try? SyncCoding.encode(digests) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
