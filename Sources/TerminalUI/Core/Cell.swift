/// One cell of the screen grid.
///
/// A double-width character occupies two cells: the first holds the character, the second is a
/// `continuation` cell that holds nothing and is never drawn on its own.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here: a space for blank cells, empty for continuation cells.
    public var text: String
    public var style: Style
    /// True for the right half of a double-width character.
    public var isContinuation: Bool

    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
