import CunzhanScreens
import Testing

@Suite struct BenchCacheTests {
    @Test func aDataSetIsNamedBySizeSeedAndDataVersion() {
        #expect(
            BenchCache.fileName(households: 100_000, seed: 1, dataVersion: 1)
                == "households-100000-seed-1-data-1.sqlite")
        #expect(
            BenchCache.path(directory: "/tmp/cache/", households: 1000, seed: 7, dataVersion: 2)
                == "/tmp/cache/households-1000-seed-7-data-2.sqlite")
    }

    @Test func differentSeedsOrDataVersionsNeverShareAFile() {
        let names = [
            BenchCache.fileName(households: 1000, seed: 1, dataVersion: 1),
            BenchCache.fileName(households: 1000, seed: 2, dataVersion: 1),
            BenchCache.fileName(households: 1000, seed: 1, dataVersion: 2),
            BenchCache.fileName(households: 10000, seed: 1, dataVersion: 1),
        ]
        #expect(Set(names).count == names.count)
    }

    @Test func householdCountsAreReadSortedAndDeduplicated() throws {
        #expect(try BenchCache.householdCounts(from: "100000,1000, 10_000,1000") == [1000, 10_000, 100_000])
    }

    @Test func aCountThatIsNotAPositiveNumberIsRefusedNamingTheOption() {
        for text in ["1000,abc", "0", "1000,,10000", "-5"] {
            #expect(throws: BenchOptionError.self) { try BenchCache.householdCounts(from: text) }
        }
        do {
            _ = try BenchCache.householdCounts(from: "1k")
            Issue.record("1k was accepted")
        } catch {
            #expect(error.description.contains("--households"))
            #expect(error.description.contains("1000,10000,100000"))
        }
    }
}

@Suite struct BenchRowChoiceTests {
    @Test func withoutTheOptionEveryRowIsMeasured() throws {
        #expect(try BenchRowChoice.rows(from: nil) == Set(BenchRowChoice.allCases))
    }

    @Test func onlyTheNamedRowsAreMeasured() throws {
        #expect(try BenchRowChoice.rows(from: "queue") == [.queue])
        #expect(try BenchRowChoice.rows(from: "queue, filter") == [.queue, .filter])
    }

    @Test func anUnknownRowIsRefusedNamingTheOptionAndTheChoices() {
        do {
            _ = try BenchRowChoice.rows(from: "queue,issues")
            Issue.record("issues was accepted")
        } catch {
            #expect(error.description.contains("--only"))
            #expect(error.description.contains("“issues”"))
            #expect(error.description.contains("startup,filter,scroll,coverage,queue,open,save,memory,sync,server"))
        }
    }
}
