import CunzhanCore
import CunzhanScreens
import CunzhanStore
import CunzhanSyncClient
import Foundation
import TerminalUI
import Testing

/// F5 from any screen: the sync screen runs in the background, shows progress, then the outcome and the
/// refreshed top bar.
struct SyncScreenTests {
    /// A sync that reports two steps and answers `result`, waiting for `gate` before it ends when given.
    static func runner(_ result: Result<SyncReport, SyncFailure>, gate: DispatchSemaphore? = nil) -> SyncRunner {
        SyncRunner { progress in
            progress(SyncProgress(phase: .pushing, done: 5, total: 10))
            gate?.wait()
            progress(SyncProgress(phase: .pulling, done: 3, total: 3))
            return result
        }
    }

    static func program(_ fixture: StationFixture, runner: SyncRunner) throws -> Program {
        var program = try HomeTests.home(fixture, user: fixture.cadre, size: Size(width: 100, height: 30))
        program.globalScreens = [StationApp.syncKey(store: fixture.store, runner: runner)]
        return program
    }

    @Test func f5ShowsProgressWhileTheSyncRunsAndTheUIKeepsTakingKeys() throws {
        let fixture = try StationFixture()
        let gate = DispatchSemaphore(value: 0)
        var report = SyncReport()
        report.accepted = 11
        report.received = 3
        var program = try Self.program(fixture, runner: Self.runner(.success(report), gate: gate))
        _ = program.step(pressing(.function(5)))
        #expect(program.screenTitles == ["首页", "同步"])
        // The first progress step arrives while the sync is still running.
        let deadline = Date().addingTimeInterval(5)
        var running = program.step([])
        while !running.lines.contains(where: { $0.contains("上传 5/10 条") }) && Date() < deadline {
            program.deliverBackgroundActions()
            running = program.step([])
        }
        #expect(running.lines.contains { $0.contains("上传 5/10 条") && $0.contains("50%") })
        let escaped = program.step(pressing(.escape))
        #expect(program.screenTitles == ["首页", "同步"])
        #expect(escaped.lines.contains { $0.contains("正在同步，请等待完成") })
        gate.signal()
        program.settleBackgroundWork()
        let done = program.step([])
        #expect(done.lines.contains { $0.contains("同步完成") })
        #expect(done.lines.contains { $0.contains("上传 11 条（拒绝 0，冲突 0），下载 3 条") })
        #expect(done.lines[0].contains("需处理 0"), "\(done.lines[0])")
        _ = program.step(pressing(.enter))
        #expect(program.screenTitles == ["首页"])
    }

    @Test func aFailedSyncSaysWhyInChineseAndRRetries() throws {
        let fixture = try StationFixture()
        let failure = SyncFailure(.network, "连不上服务器 http://10.0.0.2:8080，请检查网络后重试。")
        var program = try Self.program(fixture, runner: Self.runner(.failure(failure)))
        _ = program.step(pressing(.function(5)))
        program.settleBackgroundWork()
        let failed = program.step([])
        #expect(failed.lines.contains { $0.contains("【错误】同步未完成：连不上服务器") })
        _ = program.step(typing("r"))
        program.settleBackgroundWork()
        #expect(program.step([]).lines.contains { $0.contains("【错误】同步未完成") })
        _ = program.step(pressing(.escape))
        #expect(program.screenTitles == ["首页"])
    }

    @Test func aStationNotEnrolledIsToldHowToEnrolWithoutARetryHint() throws {
        let fixture = try StationFixture()
        let failure = SyncFailure(.notEnrolled, "本站还没有登记服务器。")
        var program = try Self.program(fixture, runner: Self.runner(.failure(failure)))
        _ = program.step(pressing(.function(5)))
        program.settleBackgroundWork()
        let text = program.step([]).lines.joined(separator: "\n")
        #expect(text.contains("本站还没有登记同步服务器"), "\(text)")
        #expect(text.contains("cunzhan enroll --server 服务器地址 --token 令牌"), "\(text)")
        #expect(!text.contains("按 r 重试") && !text.contains("r 重试"), "\(text)")
        let keyBar = program.step([]).lines.last ?? ""
        #expect(keyBar.contains("Enter/Esc 返回") && !keyBar.contains("r 重试"), "\(keyBar)")
        _ = program.step(pressing(.escape))
        #expect(program.screenTitles == ["首页"])
    }

    @Test func f5DuringASyncDoesNotStartASecondOne() throws {
        let fixture = try StationFixture()
        let gate = DispatchSemaphore(value: 0)
        var program = try Self.program(fixture, runner: Self.runner(.success(SyncReport()), gate: gate))
        _ = program.step(pressing(.function(5)) + pressing(.function(5)))
        #expect(program.screenTitles == ["首页", "同步"])
        gate.signal()
        program.settleBackgroundWork()
    }
}
