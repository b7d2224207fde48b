/// A hybrid logical clock: wall time in milliseconds plus a counter, so ops order causally across stations.
///
/// Each local event calls `tick(now:)`; each op received from elsewhere calls `receive(_:now:)`. The
/// timestamps never go backwards even when the PC's clock does, and ties are broken by the counter
/// and then by the station id (Kulkarni et al., "Logical Physical Clocks", 2014).
public struct HybridLogicalClock: Sendable, Equatable {
    public private(set) var physical: Int64
    public private(set) var counter: Int
    public let node: String

    public init(node: String, physical: Int64 = 0, counter: Int = 0) {
        self.node = node
        self.physical = physical
        self.counter = counter
    }

    /// The timestamp of a new local event at wall time `now` (ms since 1970).
    public mutating func tick(now: Int64) -> HLCTimestamp {
        if now > physical {
            physical = now
            counter = 0
        } else {
            counter += 1
        }
        return HLCTimestamp(physical: physical, counter: counter, node: node)
    }

    /// Merges a timestamp seen on another replica, so later local events sort after it.
    @discardableResult
    public mutating func receive(_ remote: HLCTimestamp, now: Int64) -> HLCTimestamp {
        let top = max(physical, remote.physical, now)
        if top == physical && top == remote.physical {
            counter = max(counter, remote.counter) + 1
        } else if top == physical {
            counter += 1
        } else if top == remote.physical {
            counter = remote.counter + 1
        } else {
            counter = 0
        }
        physical = top
        return HLCTimestamp(physical: physical, counter: counter, node: node)
    }
}

/// One reading of a hybrid logical clock; its text form sorts in the same order as the value.
public struct HLCTimestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let physical: Int64
    public let counter: Int
    public let node: String

    public init(physical: Int64, counter: Int, node: String) {
        self.physical = physical
        self.counter = counter
        self.node = node
    }

    /// Parses the text form `PPPPPPPPPPPPPPP-CCCCCC-node`; nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let physical = Int64(parts[0]), let counter = Int(parts[1]) else { return nil }
        self.init(physical: physical, counter: counter, node: String(parts[2]))
    }

    /// Fixed-width text (15-digit ms, 6-digit counter, node), so string order is clock order.
    public var description: String {
        HLCTimestamp.padded(physical, width: 15) + "-" + HLCTimestamp.padded(Int64(counter), width: 6) + "-" + node
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.physical, lhs.counter, lhs.node) < (rhs.physical, rhs.counter, rhs.node)
    }

    static func padded(_ value: Int64, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
