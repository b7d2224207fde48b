import CunzhanCore

extension DemoGenerator {
    /// Writes one village's groups, grids, households, members, a year of visits and inspections, and items.
    mutating func writeVillage(
        _ village: Village, index: Int, households count: Int, context: Context, into store: StationStore
    ) throws {
        guard let worker = context.workers[village.id] else { return }
        try store.write(author: worker.id) { writer in
            let groupCount = max(1, (count + DemoGenerator.householdsPerGroup - 1) / DemoGenerator.householdsPerGroup)
            let chineseNumbers = Array("一二三四五六七八九十")
            var groups: [(VillagerGroup, Grid)] = []
            for number in 0..<groupCount {
                let label = number < 10 ? String(chineseNumbers[number]) : "\(number + 1)"
                let group = VillagerGroup(id: id(), villageID: village.id, name: "第\(label)村民小组")
                let grid = Grid(
                    id: id(), villageID: village.id, groupID: group.id, name: "第\(label)网格", workerID: worker.id)
                try writer.createGroup(group)
                try writer.createGrid(grid)
                groups.append((group, grid))
            }
            for number in 0..<count {
                let (group, grid) = groups[number / DemoGenerator.householdsPerGroup]
                let household = try writeHousehold(
                    village: village, number: number + 1, group: group, grid: grid, writer: writer)
                try writeYear(of: household, grid: grid, worker: worker, writer: writer)
                if random.chance(30) {
                    try writeItem(for: household, village: village, worker: worker, context: context, writer: writer)
                }
            }
        }
    }

    mutating func writeHousehold(
        village: Village, number: Int, group: VillagerGroup, grid: Grid, writer: StationWriter
    ) throws -> Household {
        let headFemale = random.chance(15)
        // Every 50th head is a z-surname with an s given name (张淑芬, 赵思远 ...): a handful per village for `zs`.
        let headName =
            number % 50 == 7 ? zsName(female: headFemale) : personName(female: headFemale)
        let surname = DemoNames.surnames.first { headName.hasPrefix($0) && $0.count == 2 } ?? String(headName.prefix(1))
        let numberText = String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
        let formerlyPoor = random.chance(35)
        let monitored = random.chance(6)
        var household = Household(
            id: id(), villageID: village.id, householdNumber: village.code + numberText, headName: headName,
            groupID: group.id, address: "\(village.name)\(group.name)\(Int.random(in: 1...120, using: &random))号",
            phone: random.chance(90) ? phone() : nil, kind: formerlyPoor ? .formerlyPoor : .ordinary,
            monitoringCategory: monitored ? random.pick(MonitoringCategory.allCases) : nil,
            risks: monitored ? [random.pick(RiskType.allCases)] : [],
            measures: formerlyPoor ? [random.pick(AssistanceMeasure.allCases)] : [], population: 1,
            gridID: grid.id, longAbsent: random.chance(8),
            registeredOn: startDate.adding(days: -Int.random(in: 30...3000, using: &random)))
        var members = [
            Member(
                id: id(), householdID: household.id, relation: .head,
                idNumber: idNumber(born: 1950...1988, female: headFemale), name: headName,
                skills: random.chance(80) ? .ordinary : .weak, work: random.pick([.none, .inCounty, .outOfProvince]))
        ]
        if random.chance(85) {
            members.append(
                Member(
                    id: id(), householdID: household.id, relation: .spouse,
                    idNumber: idNumber(born: 1952...1990, female: !headFemale), name: personName(female: !headFemale)))
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let female = random.chance(48)
            let born = Int.random(in: 1996...2020, using: &random)
            let schooling: SchoolingStatus =
                born >= 2019
                ? .preschool
                : born >= 2013
                    ? .primary
                    : born >= 2010
                        ? .juniorHigh
                        : born >= 2007 ? .seniorHigh : .notInSchool
            members.append(
                Member(
                    id: id(), householdID: household.id, relation: female ? .daughter : .son,
                    idNumber: idNumber(born: born...born, female: female),
                    name: personName(surname: surname, female: female),
                    skills: born > 2006 ? .none : .ordinary, schooling: schooling,
                    work: born <= 2004 ? random.pick([.inCounty, .inProvince, .outOfProvince]) : .none))
        }
        if random.chance(20) {
            let female = random.chance(60)
            members.append(
                Member(
                    id: id(), householdID: household.id, relation: .parent,
                    idNumber: idNumber(born: 1930...1950, female: female),
                    name: personName(female: female), health: random.chance(40) ? .chronicIllness : .healthy,
                    skills: .lost))
        }
        household.population = members.count
        try writer.createHousehold(household, members: members)
        return household
    }

    /// A visit in each of the twelve months (the current one only for some households: the month is not over),
    /// three inspections, one in the current month for a little over half the households (so the coverage
    /// board shows a cycle under way), and last year's income survey. 长期外出 households are phoned.
    mutating func writeYear(of household: Household, grid: Grid, worker: User, writer: StationWriter) throws {
        for (index, month) in months.enumerated() {
            let date = day(in: month, 1...28)
            if index == months.count - 1, !random.chance(60) { continue }
            var guarantees = Guarantees.allMet
            var risks: [RiskType] = []
            if random.chance(3) {
                let weak = random.pick([Guarantee.housing, .water, .medical, .education])
                guarantees[weak] = Guarantees.Check(.notMet, note: "入户发现\(weak.label)存在问题")
                risks = [
                    weak == .housing
                        ? .housing : weak == .water ? .drinkingWater : weak == .medical ? .illness : .schooling
                ]
            }
            try writer.recordVisit(
                Visit(
                    id: id(), householdID: household.id, date: date, visitorID: worker.id, guarantees: guarantees,
                    incomeEstimate: month.month == 12 ? yuan(6_000...30_000) : nil,
                    risksFound: risks,
                    measures: household.measures, acknowledged: random.chance(95), notes: risks.isEmpty ? "" : "已登记风险"))
        }
        for quarter in 0..<3 {
            let date = clamped(startDate.adding(days: quarter * 120 + Int.random(in: 0...100, using: &random)))
            try writer.recordInspection(
                Inspection(
                    id: id(), gridID: grid.id, householdID: household.id, inspectorID: worker.id, date: date,
                    method: household.longAbsent || !random.chance(80) ? .phone : .inPerson,
                    result: random.chance(7) ? .problemFound : .normal))
        }
        if random.chance(55), let thisMonth = months.last {
            try writer.recordInspection(
                Inspection(
                    id: id(), gridID: grid.id, householdID: household.id, inspectorID: worker.id,
                    date: day(in: thisMonth, 1...28), method: household.longAbsent ? .phone : .inPerson,
                    result: random.chance(5) ? .problemFound : .normal))
        }
        try writer.recordIncomeSurvey(
            IncomeSurvey(
                id: id(), householdID: household.id, year: endDate.year - 1, wages: yuan(0...60_000),
                business: yuan(0...20_000),
                property: yuan(0...2_000),
                transfers: yuan(0...8_000),
                businessExpenses: yuan(0...6_000),
                population: household.population))
    }

    /// Days from raising an item to its last demo step in `state` (assigned +2, progress +10, closed +25).
    static func daysToReach(_ state: RectificationState) -> Int {
        switch state {
        case .pendingAssignment: 0
        case .inProgress: 10
        case .awaitingVerification: 22
        case .closed: 25
        }
    }

    /// A rectification item in a random state, with the transitions, progress and supervision that state implies.
    mutating func writeItem(
        for household: Household, village: Village, worker: User, context: Context, writer: StationWriter
    ) throws {
        let monthIndex = Int.random(in: 0..<months.count, using: &random)
        let picked = day(in: months[monthIndex], 1...20)
        let (category, title) = random.pick(DemoNames.itemTitles)
        let target = random.pick(RectificationState.allCases)
        // The item's later steps (up to 25 days on) must not lie in the future either.
        let raisedOn = min(picked, endDate.adding(days: -Self.daysToReach(target)))
        let theme = context.themes.first { $0.month == raisedOn.monthKey } ?? context.themes[monthIndex]
        let item = RectificationItem(
            id: id(), villageID: village.id, themeID: theme.id, scope: .household,
            householdID: household.id, source: random.pick([.visit, .gridInspection, .supervision]), category: category,
            title: title, raisedBy: worker.id, raisedOn: raisedOn, responsibleUnit: Self.responsibleUnit(of: category))
        try writer.raiseItem(item)
        guard target != .pendingAssignment else { return }
        let deadline = raisedOn.adding(days: 30)
        // Each move goes through the workflow as the person who makes it: 第一书记 assigns, the grid worker
        // (the owner) submits, 督导 closes.
        try writer.acting(as: context.secretary.id) {
            try writer.transitionItem(
                item.id, .assign(owner: worker.id, measures: "落实责任人，限期整改", deadline: deadline),
                on: raisedOn.adding(days: 2))
        }
        try writer.addProgress(
            ProgressEntry(
                id: id(), itemID: item.id, authorID: worker.id, date: raisedOn.adding(days: 10), text: "已联系相关部门，正在整改",
                percentDone: 50, obstacles: household.householdNumber.hasSuffix("3") ? "资金尚未到位" : ""))
        // Without drawing more random numbers (the rest of the data set stays as it was), every tenth item
        // still in work has asked for more time.
        if target == .inProgress, household.householdNumber.hasSuffix("7") {
            try writer.transitionItem(
                item.id, .requestExtension(newDeadline: deadline.adding(days: 15), reason: "雨季无法施工，申请延期半个月"),
                on: raisedOn.adding(days: 12))
        }
        guard target != .inProgress else { return }
        try writer.transitionItem(
            item.id, .submitForVerification(evidence: "整改完成，申请验收"), on: raisedOn.adding(days: 20))
        let onSite = random.chance(70)
        try writer.acting(as: context.supervisor.id) {
            try writer.addSupervision(
                SupervisionRecord(
                    id: id(), itemID: item.id, villageID: village.id, supervisorID: context.supervisor.id,
                    date: raisedOn.adding(days: 22), place: "\(household.headName)家", onSite: onSite,
                    findings: onSite ? "实地查看，整改基本到位" : "电话回访并查阅佐证材料，整改基本到位", verdict: .satisfactory))
        }
        guard target != .awaitingVerification else { return }
        try writer.acting(as: context.supervisor.id) {
            try writer.transitionItem(
                item.id, .close(verificationNote: "实地核验，整改到位，佐证材料齐全"), on: raisedOn.adding(days: 25))
        }
    }

    /// The office answerable with the owner for a category of problem (demo data).
    static func responsibleUnit(of category: ItemCategory) -> String {
        switch category {
        case .income: "村委会、乡镇农业服务中心"
        case .education: "乡镇中心学校"
        case .medical: "乡镇卫生院、医保站"
        case .housing: "乡镇村镇规划建设服务中心"
        case .drinkingWater: "乡镇水务站"
        case .policy: "乡镇民政办"
        case .other: "村委会"
        }
    }
}
