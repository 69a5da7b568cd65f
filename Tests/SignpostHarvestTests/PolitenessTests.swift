import Foundation
import Testing
import TestSupport
import SignpostStore
@testable import SignpostHarvest

@Suite("Politeness", .serialized)
struct PolitenessTests {
    @Test("no two requests to a host arrive closer than the configured delay")
    func perHostDelay() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let loader = RecipeLoader(taxonomy: try Fixtures.taxonomy())
        var recipe = try #require(loader.load(file: Fixtures.root.appendingPathComponent("Crawlers/fixture-council.yml")).recipe)
        recipe.politeness.delaySeconds = 0.15
        let slow = recipe
        try await FixtureSite.run("council") { site in
            _ = try await Harvester(directory: directory, fetcher: CurlFetcher(configuration: FetchConfiguration(
                addressPolicy: AddressPolicy(allowedLoopback: ["127.0.0.1"]))), maxWait: 0.1).crawl(slow.resolved(base: site.base))
            let arrivals = await site.arrivals()
            #expect(arrivals.count >= 9)
            for (earlier, later) in zip(arrivals, arrivals.dropFirst()) {
                #expect(later - earlier >= .milliseconds(140), "requests \(later - earlier) apart")
            }
        }
    }

    @Test("429 with Retry-After is retried later, then given up on with a clear error")
    func tooManyRequests() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await HostileSite.run { site in
            let recipe = Recipe(id: "busy-site", name: "Busy", type: .html, licence: nil, attribution: nil, startURLs: [site.base + "/busy"],
                                allowedHosts: ["127.0.0.1"], follow: .init(), detailURLContains: nil, fields: ["name": "//h1"],
                                categories: [:], politeness: .init(delaySeconds: 0.01, concurrency: 1, maxPages: 20), file: "busy.yml")
            let started = ContinuousClock.now
            let report = try await Harvester(directory: directory, fetcher: CurlFetcher(configuration: FetchConfiguration(
                addressPolicy: AddressPolicy(allowedLoopback: ["127.0.0.1"]))), maxWait: 0.3).crawl(recipe)
            #expect(report.errors == ["\(site.base)/busy: HTTP 429 after 3 tries"])
            #expect(report.status == "failed")
            #expect(report.pages == 3)
            #expect(ContinuousClock.now - started >= .milliseconds(550))   // two waits of Retry-After, capped at 0.3 s
        }
    }
}
