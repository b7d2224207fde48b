/// What the top bar says about the session: station, village, user, role and sync state.
///
/// The app fills it from the logged-in session and updates it (for example after a sync) through
/// `Program.status`. Empty parts are left out.
public struct StatusLine: Hashable, Sendable {
    public var station: String
    public var village: String
    public var user: String
    public var role: String
    public var syncState: String

    public init(
        station: String = "", village: String = "", user: String = "", role: String = "", syncState: String = ""
    ) {
        self.station = station
        self.village = village
        self.user = user
        self.role = role
        self.syncState = syncState
    }

    /// The status as one line, such as "站点：一号站  村：王家坪村  用户：张三（网格员）  同步：已同步".
    public var text: String { parts.joined(separator: "  ") }

    /// The status in at most `width` columns: the station goes first, then the role, then the village (the
    /// home screen greets the user with both), then the user, so the whole sync state stays readable; what
    /// still does not fit is cut with "..".
    public func text(fitting width: Int) -> String {
        var shorter = self
        if DisplayWidth.of(shorter.text) > width { shorter.station = "" }
        if DisplayWidth.of(shorter.text) > width { shorter.role = "" }
        if DisplayWidth.of(shorter.text) > width { shorter.village = "" }
        if DisplayWidth.of(shorter.text) > width { shorter.user = "" }
        return TextLayout.truncate(shorter.text, toWidth: width)
    }

    /// Columns the sync state needs on its own ("同步：待上传 0 | ..."), which the top bar always keeps whole:
    /// it is what tells the user whether their work has reached the server.
    public var syncStateWidth: Int {
        syncState.isEmpty ? 0 : DisplayWidth.of("同步：\(syncState)")
    }

    private var parts: [String] {
        var parts: [String] = []
        if !station.isEmpty { parts.append("站点：\(station)") }
        if !village.isEmpty { parts.append("村：\(village)") }
        if !user.isEmpty { parts.append("用户：\(user)" + (role.isEmpty ? "" : "（\(role)）")) }
        if !syncState.isEmpty { parts.append("同步：\(syncState)") }
        return parts
    }
}
