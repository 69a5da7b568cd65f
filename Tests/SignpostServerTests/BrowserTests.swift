import Foundation
import GRDB
import SignpostCore
import SignpostStore
import Testing
import TestSupport

/// The resident and link-worker pages in headless Chromium, driven by Selenium from
/// `Tests/Browser/run_browser_tests.py` against the real server on a seeded database: keyboard-only
/// flows, axe-core, a 360 px phone, print media, hostile text and no request beyond loopback.
@Suite("Pages in a real browser")
struct BrowserTests {
    /// A Python that has Selenium, if this machine has one and Debian's chromium-driver.
    static let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        ? PythonTools.python(importing: "selenium, axe_playwright_python") : nil

    /// A service whose every text field carries markup: the pages must show it as text.
    static let hostile = ServiceRecord(
        externalID: "test-hostile",
        organisation: OrganisationRecord(externalID: "test-hostile-org", name: "<b>Hostile</b> & Sons"),
        name: "<script>window.__pwned=1</script>Hostile Help",
        description: "\"><img src=x onerror=\"window.__pwned=1\">Advice about money and debt",
        needs: ["money"], phone: "01632 960999", email: "hostile@example.org", cost: "Free",
        locations: [LocationRecord(name: "<i>Hostile</i> House", address: "1 Reform Street, Dundee", postcode: "DD1 4HN",
                                   point: GeoPoint(latitude: 56.4620, longitude: -2.9707))],
        openingHours: "<marquee>Mon</marquee> 9–5", lastVerifiedAt: "2026-03-02", provenance: Provenance(source: "manual"))

    @Test("search, HNA → shortlist → print by keyboard; axe, phone width, hostile text, loopback only, page weight",
          .enabled(if: python != nil, "needs chromium, chromium-driver and selenium (installed by .ci/run)"),
          .timeLimit(.minutes(5)))
    func pagesInABrowser() async throws {
        let directory = try await SeededDatabases.shared.make()
        let summary = try await directory.upsert([Self.hostile])
        #expect(summary.created == 1, "\(summary)")
        let stored = try await directory.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM services WHERE external_id = 'test-hostile' AND status = 'active'")
        }
        let hostileID = try #require(stored)
        let screenshots = try Fixtures.temporaryFolder().appendingPathComponent("screenshots")
        let (status, output) = try await withServer(directory) { server in
            let result = try await ChildProcess.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                [Self.python!, Fixtures.root.appendingPathComponent("Tests/Browser/run_browser_tests.py").path,
                 "--base", "http://127.0.0.1:\(server.port)", "--hostile-id", String(hostileID), "--out", screenshots.path],
                environment: ["SE_OFFLINE": "true"])
            return (result.status, result.stdout + result.stderr)
        }
        #expect(status == 0, "\(output)")
        #expect(output.contains(" 0 failures"), "\(output)")
    }
}
