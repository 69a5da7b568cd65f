import Foundation
import Testing
import TestSupport
import SignpostCore
import GRDB
import SignpostStore
@testable import SignpostHarvest

/// Crawling fixture sites end to end: real HTTP on 127.0.0.1, real libcurl and libxml2, real SQLite.
@Suite("Crawl", .serialized)
struct CrawlTests {
    func recipe(_ id: String, base: String) throws -> Recipe {
        let loader = RecipeLoader(taxonomy: try Fixtures.taxonomy())
        let (recipe, problems) = loader.load(file: Fixtures.root.appendingPathComponent("Crawlers/\(id).yml"))
        guard let recipe, problems.isEmpty else { throw TestServerError("\(problems)") }
        return recipe.resolved(base: base)
    }

    func harvester(_ directory: Directory) -> Harvester {
        Harvester(directory: directory, fetcher: CurlFetcher(configuration: FetchConfiguration(
            totalTimeout: .seconds(10), addressPolicy: AddressPolicy(allowedLoopback: ["127.0.0.1"]))), maxWait: 0.2)
    }

    @Test("a council directory is crawled: listings, pagination, detail pages, robots.txt, categories → needs")
    func councilSite() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await FixtureSite.run("council") { site in
            let report = try await harvester(directory).crawl(try recipe("fixture-council", base: site.base))
            #expect(report.status == "complete")
            #expect(report.summary.created == 7)
            #expect(report.errors.contains { $0.contains("private/service-999.html: disallowed by robots.txt") })
            #expect(!(await site.hits()).contains("/kb5/fixture/private/service-999.html"))
            let money = try await directory.search(try SearchRequest(place: .postcode(try PostcodeQuery("DH1 3LE")), needs: ["money"]))
            let first = try #require(money.results.first)
            #expect(first.service.source == "fixture-council")
            #expect(first.service.phone == "0191 498 0123")
            #expect(first.service.locations.first?.postcode == "DH1 3LE")
            #expect(first.service.externalID.hasSuffix("/kb5/fixture/directory/service-101.html"))
            // 107 has no categories: classified from its words.
            let debt = try await directory.search(try SearchRequest(place: nil, text: "debt"))
            #expect(debt.results.contains { $0.service.externalID.hasSuffix("service-107.html") })
        }
    }

    @Test("a second crawl is conditional and changes nothing; a vanished listing is withdrawn, and restored when back")
    func recrawl() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await FixtureSite.run("council") { site in
            let recipe = try recipe("fixture-council", base: site.base)
            _ = try await harvester(directory).crawl(recipe)
            let again = try await harvester(directory).crawl(recipe)
            #expect(again.status == "complete")
            #expect(again.summary.created == 0 && again.summary.updated == 0)
            #expect(again.withdrawn == 0)

            await site.state.hide("/kb5/fixture/directory/service-105.html")
            let gone = try await harvester(directory).crawl(recipe)
            #expect(gone.withdrawn == 1)
            let transport = try await directory.search(try SearchRequest(place: .postcode(try PostcodeQuery("DH2 1AA")), needs: ["transport"]))
            #expect(!transport.results.contains { $0.service.externalID.hasSuffix("service-105.html") })

            await site.state.show("/kb5/fixture/directory/service-105.html")
            _ = try await harvester(directory).crawl(recipe)
            let back = try await directory.search(try SearchRequest(place: .postcode(try PostcodeQuery("DH2 1AA")), needs: ["transport"]))
            #expect(back.results.contains { $0.service.externalID.hasSuffix("service-105.html") })
        }
    }

    @Test("a crawl whose listing page fails is partial and withdraws nothing")
    func partial() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await FixtureSite.run("council") { site in
            let recipe = try recipe("fixture-council", base: site.base)
            _ = try await harvester(directory).crawl(recipe)
            await site.state.hide("/kb5/fixture/directory/results-2.html")
            let report = try await harvester(directory).crawl(recipe)
            #expect(report.status == "partial")
            #expect(report.withdrawn == 0)
        }
    }

    @Test("a page limit pauses the crawl; the next one resumes without refetching finished pages")
    func resume() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await FixtureSite.run("council") { site in
            let recipe = try recipe("fixture-council", base: site.base)
            let first = try await harvester(directory).crawl(recipe, maxPages: 4)
            #expect(first.status.hasPrefix("paused"))
            let second = try await harvester(directory).crawl(recipe)
            #expect(second.resumed)
            #expect(second.status == "complete")
            let pages = await site.hits().filter { $0 != "/robots.txt" }
            #expect(pages.count == Set(pages).count, "refetched: \(pages)")
            #expect(first.summary.created + second.summary.created == 7)
        }
    }
}

@Suite("Crawl failures", .serialized)
struct CrawlFailureTests {
    @Test("a site that cannot be reached fails the run and withdraws nothing")
    func unreachable() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let loader = RecipeLoader(taxonomy: try Fixtures.taxonomy())
        let recipe = try #require(loader.load(file: Fixtures.root.appendingPathComponent("Crawlers/fixture-council.yml")).recipe)
        try await FixtureSite.run("council") { site in
            let allowed = Harvester(directory: directory, fetcher: CurlFetcher(configuration: FetchConfiguration(
                addressPolicy: AddressPolicy(allowedLoopback: ["127.0.0.1"]))), maxWait: 0.1)
            #expect(try await allowed.crawl(recipe.resolved(base: site.base)).summary.created == 7)
            // The same site with loopback refused, as in production: every page fails, nothing is withdrawn.
            let refused = Harvester(directory: directory, fetcher: CurlFetcher(), maxWait: 0.1)
            let report = try await refused.crawl(recipe.resolved(base: site.base))
            #expect(report.status == "failed")
            #expect(report.withdrawn == 0)
            #expect(report.errors.first?.contains("refused to connect: 127.0.0.1 is a loopback address") == true)
        }
    }
}

@Suite("Crawl: JSON-LD and Windows-1252 sites", .serialized)
struct CrawlSitesTests {
    func harvest(_ id: String, site: String) async throws -> (Directory, Harvester.Report) {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let loader = RecipeLoader(taxonomy: try Fixtures.taxonomy())
        let (recipe, problems) = loader.load(file: Fixtures.root.appendingPathComponent("Crawlers/\(id).yml"))
        #expect(problems.isEmpty, "\(problems)")
        let report = try await FixtureSite.run(site) { server in
            try await Harvester(directory: directory, fetcher: CurlFetcher(configuration: FetchConfiguration(
                addressPolicy: AddressPolicy(allowedLoopback: ["127.0.0.1"]))), maxWait: 0.1).crawl(try #require(recipe).resolved(base: server.base))
        }
        return (directory, report)
    }

    func service(_ directory: Directory, named name: String) async throws -> ServiceView? {
        let id = try await directory.pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM services WHERE name = ?", arguments: [name]) }
        guard let id else { return nil }
        return try await directory.service(id: id)
    }

    @Test("JSON-LD pages become services: Service, @graph with @id, LocalBusiness, raw </p>, two blocks; invalid JSON-LD is a per-URL error")
    func jsonLD() async throws {
        let (directory, report) = try await harvest("fixture-voluntary", site: "voluntary")
        #expect(report.summary.created == 5, "\(report)")
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.contains("broken.html: invalid JSON-LD") == true)
        #expect(report.status == "complete")

        let warm = try #require(try await service(directory, named: "Bow Common Warm Hub"))
        #expect(warm.organisation.name == "Bow Common Neighbours Trust")
        #expect(warm.locations.first?.postcode == "E3 4AB")
        #expect(warm.locations.first?.latitude == 51.52602)
        #expect(warm.schedules.contains { $0.days.contains("mon") })
        #expect(warm.needs.contains("energy"))

        let benefits = try #require(try await service(directory, named: "Welfare Benefits Advice Line"))
        #expect(benefits.organisation.name == "Tayside Rights Advice Project")   // provider by @id
        #expect(benefits.needs.contains("money"))

        let pantry = try #require(try await service(directory, named: "Poplar Community Food Pantry"))
        #expect(pantry.schedules == [ScheduleRecord(days: ["mon", "thu"], opens: "10:00", closes: "13:00")])

        let cafe = try #require(try await service(directory, named: "Limehouse Carers’ Café"))
        #expect(cafe.description.contains("</p>"))
        #expect(try await service(directory, named: "Stepney Men’s Shed") == nil)
    }

    @Test("a Windows-1252 page yields correct £ and ’")
    func windows1252() async throws {
        let (directory, report) = try await harvest("fixture-windows1252", site: "windows1252")
        #expect(report.summary.created == 3)
        let group = try #require(try await service(directory, named: "Stobswell Carers’ Group"))
        #expect(group.cost == "£2.50 per session")
        #expect(group.needs.contains("carers"))
        #expect(group.description.contains("’") || group.description.contains("–") || group.description.contains("“"))
    }
}

@Suite("Crawl: Open Referral feeds", .serialized)
struct CrawlFeedTests {
    @Test("ORUK v3 (/services pages, then /services/{id}) and ORUK 1.0 (totalElements/content) feeds are harvested", arguments: ["v3", "v1"])
    func feed(version: String) async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let loader = RecipeLoader(taxonomy: try Fixtures.taxonomy())
        let (recipe, problems) = loader.load(file: Fixtures.root.appendingPathComponent("Crawlers/fixture-oruk-\(version).yml"))
        #expect(problems.isEmpty, "\(problems)")
        try await FixtureSite.run("oruk-\(version)") { site in
            let report = try await Harvester(directory: directory, fetcher: CurlFetcher(configuration: FetchConfiguration(
                addressPolicy: AddressPolicy(allowedLoopback: ["127.0.0.1"]))), maxWait: 0.1).crawl(try #require(recipe).resolved(base: site.base))
            #expect(report.status == "complete", "\(report)")
            #expect(report.summary.created == 5)
            #expect(report.errors.isEmpty, "\(report.errors)")
            let hits = await site.hits()
            #expect(hits.contains("/services"))
            #expect(hits.contains("/services/dl-101") == (version == "v3"))
        }
        let money = try await directory.search(try SearchRequest(place: .postcode(try PostcodeQuery("DL1 1AA")), needs: ["money"]))
        let first = try #require(money.results.first)
        #expect(first.service.name == "Darlington Benefits Check")
        #expect(first.service.externalID == "fixture-oruk-\(version):dl-101")
        #expect(first.service.phone == "0191 498 0201")
        #expect(!first.service.schedules.isEmpty)
        #expect(first.service.coverage.contains("Darlington"))
    }
}
