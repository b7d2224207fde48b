import CunzhanScreens
import Testing

@Suite struct ResidentMemoryTests {
    @Test func theVmRSSLineIsReadInKilobytes() {
        let status = "Name:\tcunzhan\nVmPeak:\t  900000 kB\nVmRSS:\t   51234 kB\nRssAnon:\t  40000 kB\n"
        #expect(ResidentMemory.kilobytes(inProcStatus: status) == 51234)
    }

    @Test func aStatusWithoutVmRSSGivesNil() {
        #expect(ResidentMemory.kilobytes(inProcStatus: "Name:\tkthreadd\nState:\tS (sleeping)\n") == nil)
        #expect(ResidentMemory.kilobytes(inProcStatus: "VmRSS:\t   12 MB\n") == nil)
    }

    @Test func thisProcessHasAResidentSize() {
        #expect((ResidentMemory.currentKilobytes() ?? 0) > 0)
    }
}
