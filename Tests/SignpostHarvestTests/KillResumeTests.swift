import Foundation
import Testing
import TestSupport
import GRDB
import SignpostStore

/// The frontier survives `kill -9`: a real `signpost crawl` process is killed mid-crawl and the
/// next one finishes the job without refetching what was finished.
@Suite("Crawl resume after kill -9", .serialized)
struct KillResumeTests {
    func start(_ arguments: [String]) throws -> Process {
        try ChildProcess.start(Fixtures.signpostExecutable, arguments)
    }

    @Test("kill -9 in the middle of a crawl loses nothing")
    func killNine() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await FixtureSite.run("council") { site in
            let arguments = ["crawl", "fixture-council", "--db", directory.path, "--crawlers", Fixtures.root.appendingPathComponent("Crawlers").path,
                             "--base", site.base, "--allow-loopback", "127.0.0.1", "--delay", "0.3"]
            let first = try start(arguments)
            let deadline = ContinuousClock.now + .seconds(30)
            while await site.hits().filter({ $0 != "/robots.txt" }).count < 4 {
                if ContinuousClock.now > deadline { first.terminate(); Issue.record("crawl did not start"); return }
                try await Task.sleep(for: .milliseconds(20))
            }
            kill(first.processIdentifier, SIGKILL)
            #expect(await ChildProcess.wait(first).terminatedBySignal)
            let seenBeforeKill = await site.hits().filter { $0 != "/robots.txt" }
            #expect(seenBeforeKill.count < 9, "the crawl finished before it was killed")

            let second = try await ChildProcess.run(Fixtures.signpostExecutable, arguments)
            #expect(second.status == 0, "\(second.stderr)")
            let pages = await site.hits().filter { $0 != "/robots.txt" }
            // At most the one page that was in flight at the kill is fetched twice.
            #expect(pages.count - Set(pages).count <= 1, "\(pages)")
            let stored = try await directory.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM services WHERE source = 'fixture-council' AND status = 'active'") ?? 0
            }
            #expect(stored == 7)
        }
    }
}
