/// Where text sits inside a wider column.
public enum Alignment: Sendable {
    case leading, center, trailing
}
