import ArgumentParser
import CunzhanScreens
import CunzhanStore
import Foundation

/// `cunzhan bench`: measures the budgets of DESIGN.md §6 on generated data sets and prints them as a table.
///
/// Each data set is generated once per size and seed into the cache folder and reused afterwards. Every
/// figure is measured on the real code paths (store, screens, program, a headless terminal that diffs
/// frames) and printed with its median, p99, budget and a raw SQLite reference from the same run.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "性能测试：按 DESIGN.md §6 的预算测量启动、筛选、翻页和内存，打印结果表")

    @Option(help: "测试的农户数，用逗号分隔")
    var households = "1000,10000,100000"

    @Option(help: "生成测试数据的随机种子")
    var seed: UInt64 = 1

    @Option(help: "测试数据缓存目录（默认 ./bench-cache）")
    var cache: String?

    @Flag(help: "快速模式：只测 1000 和 10000 户，重复次数较少（一分钟内完成）")
    var quick = false

    @Option(help: "服务器吞吐一行也在 PostgreSQL 上测（空库地址 postgres://…，也可用环境变量 CUNZHAN_BENCH_POSTGRES_URL）")
    var postgres: String?

    @Option(help: "只测这些项，用逗号分隔：startup,filter,scroll,coverage,queue,open,save,memory,sync,server（默认全部）")
    var only: String?

    @Option(help: .hidden)
    var memoryProbe: String?

    func run() throws {
        do {
            if let memoryProbe { return try BenchMemoryProbe.run(path: memoryProbe) }
            try runBenchmarks()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("错误：\(failure.description)\n".utf8))
            throw ExitCode.failure
        } catch let failure as BenchOptionError {
            FileHandle.standardError.write(Data("错误：\(failure.description)\n".utf8))
            throw ExitCode.failure
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileHandle.standardError.write(Data("错误：\(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// How many times each measurement repeats.
    ///
    /// Typing runs 40 rounds in a full run: a key takes 1–3 ms, and with 10 rounds (260 samples) the p99 was the
    /// third-slowest sample, so one scheduler hiccup decided the growth row (1.3× to 4.5× on the same build).
    private var repetitions: (startup: Int, typing: Int, scrolling: Int, opening: Int, saving: Int) {
        quick ? (10, 4, 2, 20, 20) : (20, 40, 4, 100, 100)
    }

    private func runBenchmarks() throws {
        let started = ContinuousClock.now
        let rows = try BenchRowChoice.rows(from: only)
        var sizes = try BenchCache.householdCounts(from: households)
        if quick { sizes = sizes.filter { $0 <= 10_000 } }
        guard let largest = sizes.last else {
            throw BenchOptionError("--quick 只测 10000 户以内的数据，但 --households 没有这样的户数：请去掉 --quick 或加上 1000")
        }
        let directory = cache ?? BenchCache.defaultDirectory
        var paths: [Int: String] = [:]
        for size in sizes {
            paths[size] = try BenchDataSet.prepare(households: size, seed: seed, directory: directory, log: log)
        }
        var startup: [BenchResult] = []
        var filter: [BenchResult] = []
        var scroll: [BenchResult] = []
        var coverage: [BenchResult] = []
        var issueQueue: [BenchResult] = []
        var notes: [String] = []
        for size in sizes {
            guard let path = paths[size] else { continue }
            log("测量 \(size) 户……")
            let reference = try BenchReference(path: path)
            if rows.contains(.startup) {
                startup.append(try BenchStartup.measure(path: path, households: size, repetitions: repetitions.startup))
            }
            if rows.contains(.filter) {
                let typing = try BenchFilter.measure(
                    path: path, households: size, repetitions: repetitions.typing, reference: reference)
                filter.append(typing.result)
                let slowest = typing.slowest.map {
                    "“\($0.text)” \(BenchResult.format($0.milliseconds, .milliseconds))"
                }
                notes.append(
                    "\(BenchResult.grouped(size)) 户最慢的筛选按键（中位）slowest filter keys: " + slowest.joined(separator: "，"))
            }
            if rows.contains(.scroll) {
                scroll.append(
                    try BenchScroll.measure(
                        path: path, households: size, repetitions: repetitions.scrolling, reference: reference))
            }
            if rows.contains(.coverage) {
                coverage.append(
                    try BenchCoverage.measure(
                        path: path, households: size, repetitions: repetitions.startup, reference: reference))
            }
            if rows.contains(.queue) {
                issueQueue.append(
                    try BenchIssueQueue.measure(
                        path: path, households: size, repetitions: repetitions.typing, reference: reference))
            }
            try reference.queue.close()
        }
        var results = startup + filter
        if let smallest = filter.first, let biggest = filter.last, filter.count > 1 {
            results.append(BenchResult.growth(from: smallest, to: biggest))
        }
        results += scroll + coverage + issueQueue
        if let path = paths[largest] {
            results += try measureLargestSet(path: path, households: largest, rows: rows)
            if rows.contains(.memory) {
                log("测量常驻内存（子进程）……")
                results.append(try BenchMemoryProbe.measure(path: path, households: largest))
            }
        }
        if rows.contains(.sync) { results += try BenchSync.measure(repetitions: quick ? 1 : 3, log: log) }
        let serverRows = rows.contains(.server) ? try BenchServerRate.measure(postgres: postgres, log: log) : []
        print(BenchTable(headers: BenchResult.headers, rows: results.map(\.cells) + serverRows.map(\.cells)).text)
        let missed =
            results.filter { $0.meetsBudget == false }.count + serverRows.filter { $0.meetsBudget == false }.count
        print("")
        for note in notes { print(note) }
        print("终端 \(BenchSession.size)，种子 \(seed)，数据目录 \(directory)；总用时 \(Self.seconds(since: started))")
        print(missed == 0 ? "全部达到预算。" : "\(missed) 项超出预算。")
    }

    /// The rows measured on the largest data set only: opening a long household file and saving a visit.
    private func measureLargestSet(path: String, households: Int, rows: Set<BenchRowChoice>) throws -> [BenchResult] {
        guard rows.contains(.open) || rows.contains(.save) else { return [] }
        log("准备测试农户……")
        let store = try StationStore(path: path)
        let prepared = try BenchHouseholds.prepare(store: store, log: log)
        try store.close()
        var results: [BenchResult] = []
        if rows.contains(.open) {
            log("测量打开十年走访的农户……")
            let reference = try BenchReference(path: path)
            defer { try? reference.queue.close() }
            results.append(
                try BenchHouseholdOpen.measure(
                    path: path, households: households, prepared: prepared, repetitions: repetitions.opening,
                    reference: reference))
        }
        if rows.contains(.save) {
            log("测量保存走访……")
            results.append(
                try BenchVisitSave.measure(
                    path: path, households: households, prepared: prepared, repetitions: repetitions.saving))
        }
        return results
    }

    /// "12.3 秒": the time since `start`, for progress lines.
    static func seconds(since start: ContinuousClock.Instant) -> String {
        String(format: "%.1f 秒", BenchStatistics.milliseconds(ContinuousClock.now - start) / 1000)
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data("\(line)\n".utf8))
    }
}
