import CunzhanCore

extension DemoGenerator {
    /// What every village's households refer to: villages, users, themes.
    struct Context {
        var villages: [Village]
        var workers: [VillageID: User]
        var admin: User
        var secretary: User
        var supervisor: User
        var themes: [MonthlyTheme]
    }

    /// Writes villages, the fixed users, one grid worker per village and the window's monthly themes.
    mutating func writeReference(into store: StationStore, villages count: Int) throws -> Context {
        var villages: [Village] = []
        for index in 0..<count {
            let township = 100 + index / 20
            let villageNumber = 201 + index % 20
            let name = random.pick(DemoNames.villageNames) + random.pick(DemoNames.villageNames) + "村"
            villages.append(Village(id: id(), code: "530124\(township)\(villageNumber)", name: name))
        }
        var fixed: [User] = []
        for demoUser in DemoGenerator.fixedUsers {
            let salt = PINHasher.hex((0..<16).map { _ in UInt8.random(in: 0...255, using: &random) })
            let hash = PINHasher.hash(pin: demoUser.pin, salt: salt)
            fixed.append(
                User(
                    id: id(), name: demoUser.name, role: demoUser.role, villageID: villages.first?.id, pinHash: hash,
                    pinSalt: salt, pinIterations: PINHasher.iterations))
        }
        // Generated grid workers share one salted hash of their common PIN: hashing each would cost
        // a tenth of a second per worker and add nothing to a demo.
        let workerSalt = PINHasher.hex((0..<16).map { _ in UInt8.random(in: 0...255, using: &random) })
        let workerHash = PINHasher.hash(pin: DemoGenerator.gridWorkerPIN, salt: workerSalt)
        var workers: [VillageID: User] = [:]
        for (index, village) in villages.enumerated() {
            let user =
                index == 0
                ? fixed[3]
                : User(
                    id: id(), name: personName(female: random.chance(40)), role: .cadre, villageID: village.id,
                    pinHash: workerHash, pinSalt: workerSalt, pinIterations: PINHasher.iterations)
            workers[village.id] = user
        }
        var themes: [MonthlyTheme] = []
        for month in months {
            // Themes follow the calendar month (spring ploughing in spring), whichever year it falls in.
            let theme = DemoNames.themes[(month.month - 1) % DemoNames.themes.count]
            themes.append(
                MonthlyTheme(
                    id: id(), month: month.monthKey, title: theme.0, details: theme.1,
                    checklist: [theme.1, "发现问题当场登记整改事项", "上月未销号事项逐项回访"], origin: .supervisor))
        }
        let admin = fixed[0]
        try store.write(author: admin.id) { writer in
            for village in villages { try writer.createVillage(village) }
            for user in fixed { try writer.createUser(user) }
            for village in villages.dropFirst() {
                if let worker = workers[village.id] { try writer.createUser(worker) }
            }
            for theme in themes { try writer.createTheme(theme) }
        }
        return Context(
            villages: villages, workers: workers, admin: admin, secretary: fixed[1], supervisor: fixed[2],
            themes: themes)
    }
}
