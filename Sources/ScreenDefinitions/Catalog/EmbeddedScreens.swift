enum EmbeddedScreens {
    static let files: [(name: String, text: String)] = []
}
