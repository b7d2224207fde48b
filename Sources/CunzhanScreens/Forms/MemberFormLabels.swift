import CunzhanCore
import ScreenDefinitions

/// The member form's choice labels and the model's cases they stand for, both ways.
///
/// The form offers the labels of the 国家防返贫监测信息系统 questionnaire, some finer than the model keeps;
/// the model's own labels are accepted too, so imported data in either spelling reads.
enum MemberFormLabels {
    static let basicMedicalInsurance = "城乡居民基本医疗保险"
    /// The insurances that count as basic medical insurance (基本医疗有保障).
    static let medicalInsurances: Set<String> = [basicMedicalInsurance, "职工医疗保险"]

    static let relations: [(String, Relation)] = [
        ("户主", .head), ("配偶", .spouse), ("子", .son), ("女", .daughter), ("儿媳", .daughterInLaw),
        ("女婿", .sonInLaw), ("孙子", .grandchild), ("孙女", .grandchild), ("父亲", .parent), ("母亲", .parent),
        ("兄弟姐妹", .sibling), ("其他", .other),
    ]

    static let schoolings: [(String, SchoolingStatus)] = [
        ("非在校生", .notInSchool), ("学前教育", .preschool), ("小学", .primary), ("七年级", .juniorHigh),
        ("八年级", .juniorHigh), ("九年级", .juniorHigh), ("高中", .seniorHigh), ("中职", .vocational),
        ("高职", .vocational), ("本科及以上", .college),
    ]

    static let works: [(String, WorkStatus)] = [
        ("未务工", .none), ("县内务工", .inCounty), ("县外省内务工", .inProvince), ("省外务工", .outOfProvince),
    ]

    static func relation(from label: String) -> Relation? {
        relations.first { $0.0 == label }?.1 ?? Relation(label: label)
    }

    static func schooling(from label: String) -> SchoolingStatus? {
        schoolings.first { $0.0 == label }?.1 ?? SchoolingStatus(label: label)
    }

    static func work(from label: String) -> WorkStatus? {
        works.first { $0.0 == label }?.1 ?? WorkStatus(label: label)
    }

    /// The form's label for a relation; grandchild and parent follow the sex in the ID number.
    static func label(of relation: Relation, sex: Sex) -> String {
        switch relation {
        case .grandchild: sex == .male ? "孙子" : "孙女"
        case .parent: sex == .male ? "父亲" : "母亲"
        default: relations.first { $0.1 == relation }?.0 ?? relation.label
        }
    }

    /// The form's first label for a schooling status (七年级 for junior high when no finer answer is kept).
    static func label(of schooling: SchoolingStatus) -> String {
        schoolings.first { $0.1 == schooling }?.0 ?? schooling.label
    }

    static func label(of work: WorkStatus) -> String {
        works.first { $0.1 == work }?.0 ?? work.label
    }

    /// Whether an insurance answer includes basic medical insurance.
    static func isInsured(_ answer: String) -> Bool {
        MultiChoiceValue.split(answer).contains(where: medicalInsurances.contains)
    }
}
