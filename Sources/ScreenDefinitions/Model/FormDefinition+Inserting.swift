extension FormDefinition {
    /// This form with the sections of `other` placed after its first `count` sections.
    ///
    /// A screen uses it for questions asked only in some cases: the visit form asks the questions of
    /// `visit-theme` (月度主题) after 基本情况, and only in a month that has a theme.
    public func inserting(_ other: FormDefinition, afterSections count: Int) -> FormDefinition {
        let split = max(0, min(count, sections.count))
        return FormDefinition(
            id: id, title: title, sections: Array(sections[..<split]) + other.sections + Array(sections[split...]),
            file: file)
    }
}
