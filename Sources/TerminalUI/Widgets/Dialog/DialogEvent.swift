/// What happened in a dialog after a key. Dialogs are modal: they use every key.
public enum DialogEvent: Hashable, Sendable {
    /// The key changed nothing the owner needs to know (or was not a dialog key).
    case handled
    /// A message dialog was closed.
    case dismissed
    /// A confirm dialog was answered 是.
    case confirmed
    /// A confirm dialog was answered 否 or closed with Esc.
    case cancelled
}
