/// One entry of the bottom key bar and the help overlay: the keys and what they do ("F1" "帮助").
public struct KeyHint: Hashable, Sendable {
    /// The keys as the user sees them on the keyboard, such as "F1", "Ctrl-S" or "Enter".
    public var keys: String
    /// What pressing them does, in Chinese, short enough for the key bar.
    public var action: String

    public init(keys: String, action: String) {
        self.keys = keys
        self.action = action
    }
}
