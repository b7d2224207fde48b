import CunzhanCore

/// The search keys of a household, kept in indexed columns so filtering is an index range scan.
///
/// Written by the store's write API whenever a household is saved; never typed by users.
struct HouseholdSearchKeys: Equatable {
    /// The head's name without the surname (`张三丰` → `三丰`), so a given-name search is a prefix search.
    var givenName: String
    /// Lowercase pinyin initials of the head's name (`zsf`).
    var initials: String
    /// Lowercase full pinyin of the head's name, no spaces (`zhangsanfeng`).
    var pinyin: String
    /// The phone number reversed, so a tail search is a prefix search.
    var phoneReversed: String?

    init(headName: String, phone: String?) {
        givenName = HouseholdSearchKeys.givenName(of: headName)
        initials = SearchKey.initials(ofName: headName)
        pinyin = SearchKey.fullPinyin(ofName: headName)
        let digits = phone.map { String($0.filter(\.isNumber).reversed()) }
        phoneReversed = digits?.isEmpty == false ? digits : nil
    }

    /// Two-character surnames common enough to matter in a register.
    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
    ]

    static func givenName(of name: String) -> String {
        let characters = Array(name)
        guard characters.count >= 2 else { return name }
        if characters.count >= 3, compoundSurnames.contains(String(characters.prefix(2))) {
            return String(characters.dropFirst(2))
        }
        return String(characters.dropFirst())
    }
}
