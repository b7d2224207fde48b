import CunzhanScreens
import Testing

@Suite struct BenchStatisticsTests {
    @Test func medianOfAnOddCountIsTheMiddleSample() {
        #expect(BenchStatistics(samples: [9, 1, 5]).median == 5)
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheTwoMiddleSamples() {
        #expect(BenchStatistics(samples: [4, 1, 3, 2]).median == 2.5)
    }

    @Test func p99OfAHundredSamplesIsTheSecondLargest() {
        let samples = (1...100).map(Double.init).shuffled()
        #expect(BenchStatistics(samples: samples).p99 == 99)
    }

    @Test func p99OfFewSamplesIsTheLargest() {
        #expect(BenchStatistics(samples: [3, 7, 1]).p99 == 7)
    }

    @Test func nearestRankPercentileIsAlwaysAMeasuredSample() {
        let sorted: [Double] = [10, 20, 30, 40]
        #expect(BenchStatistics.percentile(0.5, ofSorted: sorted) == 20)
        #expect(BenchStatistics.percentile(0.51, ofSorted: sorted) == 30)
        #expect(BenchStatistics.percentile(0, ofSorted: sorted) == 10)
        #expect(BenchStatistics.percentile(1, ofSorted: sorted) == 40)
    }

    @Test func noSamplesGiveZeroes() {
        let statistics = BenchStatistics(samples: [])
        #expect(statistics.count == 0)
        #expect(statistics.median == 0)
        #expect(statistics.p99 == 0)
    }

    @Test func durationsAreConvertedToMilliseconds() {
        let statistics = BenchStatistics(durations: [.milliseconds(2), .microseconds(500), .seconds(1)])
        #expect(statistics.median == 2)
        #expect(statistics.p99 == 1000)
        #expect(BenchStatistics.milliseconds(.microseconds(1500)) == 1.5)
    }
}
