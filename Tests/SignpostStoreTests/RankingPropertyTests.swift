import Foundation
import Testing
import TestSupport
import SignpostCore
@testable import SignpostStore

/// Ranking properties on small directories built for each test, over the real gazetteer.
@Suite("Ranking properties")
struct RankingPropertyTests {
    static let organisation = OrganisationRecord(externalID: "org-test", name: "Test Trust")
    static let dundee = GeoPoint(latitude: 56.45733, longitude: -2.97827)   // DD1 4HN

    func service(_ id: String, _ name: String, _ description: String, kinds: [String] = [], needs: [String] = [],
                 at point: GeoPoint? = nil, area: String? = nil, status: ServiceStatus = .active, verified: String? = "2026-11-01") -> ServiceRecord {
        ServiceRecord(externalID: id, organisation: Self.organisation, name: name, description: description, kinds: kinds, needs: needs,
                      status: status, phone: "01632 960001", serviceArea: area,
                      locations: point.map { [LocationRecord(name: "Venue", postcode: nil, point: $0)] } ?? [],
                      lastVerifiedAt: verified)
    }

    /// A point `km` north of DD1 4HN.
    func north(_ km: Double) -> GeoPoint { GeoPoint(latitude: Self.dundee.latitude + km / 111.2, longitude: Self.dundee.longitude) }

    func search(_ directory: Directory, needs: [String] = [], q: String? = nil, postcode: String = "DD1 4HN",
                sort: SearchRequest.Sort = .relevance, radius: Double = 10) async throws -> [String] {
        let response = try await directory.search(try SearchRequest(place: .postcode(try PostcodeQuery(postcode)), needs: needs, text: q,
                                                                    radiusKilometres: radius, limit: 100, sort: sort))
        return response.results.map(\.service.externalID)
    }

    @Test("of two equally relevant services, the nearer ranks higher")
    func nearerFirst() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([
            service("far", "Benefits advice B", "Help to claim benefits.", kinds: ["welfare-benefits-advice"], at: north(4)),
            service("near", "Benefits advice A", "Help to claim benefits.", kinds: ["welfare-benefits-advice"], at: north(1)),
        ])
        #expect(try await search(directory, needs: ["money"]) == ["near", "far"])
        #expect(try await search(directory, q: "benefits") == ["near", "far"])
    }

    @Test("a need-tagged service beats an incidental word match such as \"Money Matters Book Club\"")
    func needBeatsWord() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([
            service("book-club", "Money Matters Book Club", "A monthly reading group in the library; novels about money, tea and biscuits.",
                    kinds: ["social-group"], at: north(0.1)),
            service("advice", "Claims and debt clinic", "An adviser checks what you are entitled to and deals with creditors.",
                    kinds: ["welfare-benefits-advice", "debt-advice"], at: north(8), verified: "2025-01-01"),
        ])
        #expect(try await search(directory, needs: ["money"]) == ["advice"])
        let words = try await search(directory, q: "money")
        #expect(words.first == "advice")
        #expect(words.contains("book-club"))
    }

    @Test("area-wide services appear when their area covers the place, whatever the radius")
    func areaWide() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([
            service("dundee-wide", "Carers outreach", "Home visits for unpaid carers.", kinds: ["carers-centre"], area: "people living in Dundee"),
            service("fife-wide", "Fife carers", "Home visits for unpaid carers.", kinds: ["carers-centre"], area: "S12000047"),
            service("fife-venue", "Tayport carers hub", "Drop-in for unpaid carers.", kinds: ["carers-centre"],
                    at: GeoPoint(latitude: 56.43948, longitude: -2.94206), area: "across the Fife Council area"),
            service("far-reach", "Rural carers", "Carers support.", kinds: ["carers-centre"], at: north(40), area: "within 30 miles of our base"),
            service("scotland", "Carers line", "Phone support for carers.", kinds: ["carers-centre"], area: "Scotland"),
            service("england", "English carers line", "Phone support for carers.", kinds: ["carers-centre"], area: "England"),
        ])
        let response = try await directory.search(try SearchRequest(place: .postcode(try PostcodeQuery("DD1 4HN")), needs: ["carers"], radiusKilometres: 5))
        let ids = response.results.map(\.service.externalID)
        #expect(ids == ["dundee-wide", "far-reach", "scotland"])
        #expect(response.results.allSatisfy { $0.coversArea })
        // The Fife services cover KY1, and the DD6 venue is Fife's, not Dundee's.
        let kirkcaldy = try await search(directory, needs: ["carers"], postcode: "KY1 1AA", radius: 5)
        #expect(Set(kirkcaldy) == ["fife-wide", "fife-venue", "scotland"])
        #expect(try await search(directory, needs: ["carers"], postcode: "DD6 8AB", radius: 1).contains("fife-venue"))
    }

    @Test("national services rank after comparable local ones unless a helpline is asked for")
    func nationalAfterLocal() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([
            service("national", "Benefits helpline", "Phone advice on benefits.", kinds: ["welfare-benefits-advice", "helpline"], area: "UK-wide"),
            service("local", "Benefits clinic", "Face-to-face advice on benefits.", kinds: ["welfare-benefits-advice"], at: north(9)),
        ])
        #expect(try await search(directory, needs: ["money"]) == ["local", "national"])
        #expect(try await search(directory, q: "benefits helpline").first == "national")
    }

    @Test("inactive services never appear")
    func inactiveNever() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([
            service("closed", "Closed food bank", "Food parcels.", kinds: ["food-bank"], at: north(0.5), status: .inactive),
            service("open", "Open food bank", "Food parcels.", kinds: ["food-bank"], at: north(1)),
        ])
        #expect(try await search(directory, needs: ["food"]) == ["open"])
        #expect(try await search(directory, q: "closed food bank") == ["open"])
        let id = try await directory.pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM services WHERE external_id = 'closed'")! }
        #expect(try await directory.service(id: id) == nil)
    }

    @Test("PIP finds ADP services in Scotland, and ADP finds PIP services in England")
    func nationAware() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([
            service("adp", "Disability payment forms", "We help you fill in the Adult Disability Payment (ADP) application.", at: north(1)),
            service("pip", "Disability benefit forms", "We help you fill in PIP forms and prepare for the assessment.",
                    at: GeoPoint(latitude: 51.51888, longitude: -0.06)),
        ])
        let scotland = try await directory.search(try SearchRequest(place: .postcode(try PostcodeQuery("DD1 4HN")), text: "PIP"))
        #expect(scotland.results.map(\.service.externalID) == ["adp"])
        #expect(scotland.query.notes.contains { $0.contains("Adult Disability Payment") })
        #expect(try await search(directory, q: "ADP form", postcode: "E1 6AN") == ["pip"])
    }

    @Test("sort=distance orders venues by distance, then area-wide, then national")
    func sortByDistance() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([
            service("uk", "UK line", "Benefits advice by phone.", kinds: ["welfare-benefits-advice"], area: "UK-wide"),
            service("area", "Dundee outreach", "Benefits advice at home.", kinds: ["welfare-benefits-advice"], area: "Dundee City"),
            service("d3", "Clinic three", "Benefits advice.", kinds: ["debt-advice"], at: north(3)),
            service("d1", "Clinic one", "Benefits advice.", kinds: ["credit-union"], at: north(1)),
            service("d2", "Clinic two", "Benefits advice.", kinds: ["welfare-benefits-advice"], at: north(2)),
        ])
        #expect(try await search(directory, needs: ["money"], sort: .distance) == ["d1", "d2", "d3", "area", "uk"])
    }
}
