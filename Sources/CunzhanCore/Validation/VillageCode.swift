/// A village's 12-digit 统计用区划代码: province 2, city 2, county 2, township 3, village 3 digits, validated.
///
/// The province must be one of the 31 mainland provincial codes, and the city, township and village parts
/// must not be zero (a county part of 00 is allowed: cities without districts, such as 东莞 4419, use it).
/// Spaces, hyphens and full-width digits are accepted and dropped.
public struct VillageCode: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The 12 digits.
    public let value: String

    /// The mainland provincial codes with their short names.
    public static let provinces: [String: String] = [
        "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古", "21": "辽宁", "22": "吉林",
        "23": "黑龙江", "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西",
        "37": "山东", "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
        "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏", "61": "陕西", "62": "甘肃",
        "63": "青海", "64": "宁夏", "65": "新疆",
    ]

    /// Validates `raw` or throws a message naming `field`.
    public init(_ raw: String, field: String = "村代码") throws(ValidationError) {
        let text = raw.compactedForCode()
        guard !text.isEmpty else {
            throw ValidationError(field: field, problem: "必填，请输入12位统计用区划代码，如 110101001001")
        }
        guard text.isASCIIDigits else {
            throw ValidationError(field: field, problem: "只能填数字，请输入12位统计用区划代码")
        }
        guard text.count == 12 else {
            throw ValidationError(field: field, problem: "应为12位，现在是\(text.count)位，请按统计用区划代码核对")
        }
        let province = String(text.prefix(2))
        guard VillageCode.provinces[province] != nil else {
            throw ValidationError(field: field, problem: "前2位“\(province)”不是省级代码，请核对")
        }
        guard VillageCode.segment(text, 2, 2) != "00" else {
            throw ValidationError(field: field, problem: "第3到4位（市级）不能为00，请核对")
        }
        guard VillageCode.segment(text, 6, 3) != "000" else {
            throw ValidationError(field: field, problem: "第7到9位（乡级）不能为000，这是县级代码，请填到村一级")
        }
        guard VillageCode.segment(text, 9, 3) != "000" else {
            throw ValidationError(field: field, problem: "第10到12位（村级）不能为000，这是乡级代码，请填到村一级")
        }
        value = text
    }

    /// Province part, 2 digits ("11").
    public var province: String { VillageCode.segment(value, 0, 2) }
    /// City part, 2 digits ("01").
    public var city: String { VillageCode.segment(value, 2, 2) }
    /// County part, 2 digits ("01").
    public var county: String { VillageCode.segment(value, 4, 2) }
    /// Township part, 3 digits ("001").
    public var township: String { VillageCode.segment(value, 6, 3) }
    /// Village part, 3 digits ("001").
    public var village: String { VillageCode.segment(value, 9, 3) }

    /// The province's short name ("北京").
    public var provinceName: String { VillageCode.provinces[province] ?? province }
    /// The 4-digit code of the city ("1101").
    public var cityCode: String { String(value.prefix(4)) }
    /// The 6-digit code of the county, as in the ID number's region ("110101").
    public var countyCode: String { String(value.prefix(6)) }
    /// The 9-digit code of the township, the scope of a township supervisor ("110101001").
    public var townshipCode: String { String(value.prefix(9)) }

    public var description: String { value }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    static func segment(_ text: String, _ start: Int, _ length: Int) -> String {
        String(text.dropFirst(start).prefix(length))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try VillageCode(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
