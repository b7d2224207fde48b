/// How far a sync has come, reported to a progress bar after every batch and page.
public struct SyncProgress: Sendable, Equatable {
    /// What the sync is doing now.
    public enum Phase: Sendable, Equatable {
        case connecting
        /// Sending this station's ops; `done` of `total` ops answered.
        case pushing
        /// Receiving other stations' ops; `total` grows while the server says there is more.
        case pulling
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }

    /// "上传" / "下载" / "连接服务器".
    public var label: String {
        switch phase {
        case .connecting: "连接服务器"
        case .pushing: "上传"
        case .pulling: "下载"
        }
    }
}

/// What one sync did, for the summary people read afterwards.
public struct SyncReport: Sendable, Equatable {
    /// Ops the server took (applied now or before).
    public var accepted = 0
    public var rejected = 0
    public var conflicts = 0
    /// Other stations' ops applied here.
    public var received = 0
    /// True when the scope digests showed drift and the station pulled everything again.
    public var resynced = false
    /// Network errors retried on the way.
    public var retries = 0

    public init() {}

    /// One Chinese line: "上传 12 条（拒绝 1，冲突 0），下载 30 条".
    public var summary: String {
        var text = "上传 \(accepted + rejected + conflicts) 条（拒绝 \(rejected)，冲突 \(conflicts)），下载 \(received) 条"
        if resynced { text += "，已重新完整同步" }
        if retries > 0 { text += "，网络重试 \(retries) 次" }
        return text
    }
}
