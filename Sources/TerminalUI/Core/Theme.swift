/// The semantic styles screens draw with, so a screen says "selection" and not "reverse cyan".
///
/// Every meaning carried by a colour is also carried by an attribute (bold, reverse, underline, dim), so the
/// `monochrome` theme drops the colours and loses nothing. The app picks the theme from the terminal's
/// capabilities: the caller builds `TerminalCapabilities(colors: false, ...)` when `NO_COLOR` is set or the
/// terminal has no colours, and `Theme(capabilities:)` then gives `.monochrome`.
public struct Theme: Sendable {
    public var normal: Style
    public var title: Style
    public var selection: Style
    public var keyHint: Style
    public var error: Style
    public var dim: Style
    public var border: Style
    public var accent: Style

    public init(
        normal: Style, title: Style, selection: Style, keyHint: Style, error: Style, dim: Style, border: Style,
        accent: Style
    ) {
        self.normal = normal
        self.title = title
        self.selection = selection
        self.keyHint = keyHint
        self.error = error
        self.dim = dim
        self.border = border
        self.accent = accent
    }

    /// `.color` when the terminal may show colours, else `.monochrome` (monochrome terminals and `NO_COLOR`).
    public init(capabilities: TerminalCapabilities) {
        self = capabilities.colors ? .color : .monochrome
    }

    public static let color = Theme(
        normal: .plain,
        title: Style(foreground: .blue, bold: true, reverse: true),
        selection: Style(foreground: .cyan, reverse: true),
        keyHint: Style(foreground: .white, reverse: true),
        error: Style(foreground: .red, bold: true, underline: true),
        dim: Style(dim: true),
        border: Style(foreground: .cyan),
        accent: Style(foreground: .yellow, bold: true)
    )

    public static let monochrome = Theme(
        normal: .plain,
        title: Style(bold: true, reverse: true),
        selection: Style(reverse: true),
        keyHint: Style(reverse: true),
        error: Style(bold: true, underline: true),
        dim: Style(dim: true),
        border: .plain,
        accent: .bold
    )

    /// This theme with every colour removed and the attributes kept.
    public var withoutColors: Theme {
        func strip(_ style: Style) -> Style {
            var stripped = style
            stripped.foreground = nil
            stripped.background = nil
            return stripped
        }
        return Theme(
            normal: strip(normal), title: strip(title), selection: strip(selection), keyHint: strip(keyHint),
            error: strip(error), dim: strip(dim), border: strip(border), accent: strip(accent))
    }
}
