import Testing

@testable import CunzhanSyncAPI

@Suite struct ScopeTests {
    @Test func aTownshipScopeHoldsItsVillagesOnly() throws {
        let township = try SyncScope("530102001")
        #expect(township.contains(villageCode: "530102001001"))
        #expect(township.contains(villageCode: "530102001202"))
        #expect(!township.contains(villageCode: "530102002001"))
        #expect(township.contains(villageCode: nil))
    }

    @Test func aVillageScopeHoldsItselfOnly() throws {
        let village = try SyncScope("530102001001")
        #expect(village.contains(villageCode: "530102001001"))
        #expect(!village.contains(villageCode: "530102001002"))
        #expect([try SyncScope("530102002"), village].contain(villageCode: "530102001001"))
    }

    @Test func badCodesAreRefusedWithAMessage() {
        for code in ["", "5301020010", "53010200100a", "5301020010011", "１２"] {
            #expect(throws: SyncError.self) { try SyncScope(code) }
        }
    }

    @Test func digestsDoNotDependOnOrder() {
        let forward = ScopeDigest.of(scope: "530102001", opIDs: ["a", "b", "c"])
        let backward = ScopeDigest.of(scope: "530102001", opIDs: ["c", "a", "b"])
        #expect(forward == backward)
        #expect(forward.opCount == 3)
        #expect(forward != ScopeDigest.of(scope: "530102001", opIDs: ["a", "b", "d"]))
        #expect(ScopeDigest.of(scope: "x", opIDs: []).checksum == String(repeating: "0", count: 64))
    }

    @Test func accumulatorsAddUp() {
        var first = ScopeDigest.Accumulator(scope: "s")
        first.add(opID: "a")
        var second = ScopeDigest.Accumulator(scope: "s")
        second.add(opID: "b")
        first.add(second)
        #expect(first.digest == ScopeDigest.of(scope: "s", opIDs: ["b", "a"]))
    }

    @Test func anAccumulatorContinuesFromAStoredDigest() {
        var resumed = ScopeDigest.Accumulator(ScopeDigest.of(scope: "s", opIDs: ["a", "b"]))
        resumed.add(opID: "c")
        #expect(resumed.digest == ScopeDigest.of(scope: "s", opIDs: ["a", "b", "c"]))
    }

    @Test func checksumIsTheKnownSHA256() {
        #expect(Checksum.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
