import Foundation
import Testing
import TestSupport
import SignpostCore
@testable import SignpostStore

/// Searches over the shipped sample directory, as a link worker would run them.
@Suite("Search over the sample directory")
struct SeededSearchTests {
    func search(_ postcode: String?, needs: [String] = [], q: String? = nil, radius: Double = 10, limit: Int = 20, page: Int = 1) async throws -> SearchResponse {
        let directory = try await SeededDatabases.shared.make()
        return try await directory.search(try SearchRequest(place: try postcode.map { .postcode(try PostcodeQuery($0)) }, needs: needs, text: q,
                                                            radiusKilometres: radius, limit: limit, page: page))
    }

    @Test("money worries near DD1 4HN: money services, nearest first of the similar ones, each explained")
    func moneyNearDundee() async throws {
        let response = try await search("DD1 4HN", needs: ["money"])
        #expect(response.total >= 5)
        #expect(response.query.place?.localAuthority?.code == "S12000042")
        #expect(response.query.place?.precision == .unit)
        #expect(response.results.allSatisfy { $0.service.needs.contains("money") })
        #expect(response.results.allSatisfy { !$0.why.summary.isEmpty && !$0.why.needs.isEmpty })
        let ids = response.results.map(\.service.externalID)
        #expect(!ids.contains { $0.contains("book-club") })
        let debt = try #require(ids.firstIndex(of: "sc-nethergate-debt-casework") ?? ids.firstIndex { $0.contains("debt") })
        let lochee = try #require(ids.firstIndex(of: "sc-taybank-benefits-lochee"))
        #expect(debt < lochee)
    }

    @Test("FTS5 syntax in user text returns ordinary results", arguments: ["\"money", "food*", "heating AND", "NEAR(", ":", "^", "money\" OR \"x", "AND OR NOT"])
    func hostileText(q: String) async throws {
        let response = try await search("E1 6AN", q: q)
        #expect(response.total >= 0)
        if q.contains("money") || q.contains("food") || q.contains("heating") { #expect(response.total > 0) }
    }

    @Test("urgent phrasings put crisis routes first, marked urgent", arguments: ["thinking of ending my life", "high temperature after chemo"])
    func urgent(q: String) async throws {
        let response = try await search("KY1 1AA", q: q)
        #expect(response.query.urgent)
        let first = try #require(response.results.first)
        #expect(first.urgent)
        #expect(first.service.needs.contains("urgent"))
        #expect(response.query.notes.first?.contains("999") == true)
    }

    @Test("the crisis route that fits the words comes first", arguments: [
        ("thinking of ending my life", "crisis-line"), ("high temperature after chemo", "acute-oncology-line"),
        ("I am not safe at home", "domestic-abuse-helpline"),
    ])
    func rightCrisisRoute(q: String, kind: String) async throws {
        let response = try await search("DH1 3LE", q: q)
        let first = try #require(response.results.first)
        #expect(first.service.serviceKinds.contains(kind), "\(first.service.name) \(first.service.serviceKinds)")
    }

    @Test("misspellings still find the right help", arguments: [("councelling", "emotional"), ("debts advise", "money")])
    func misspelt(q: String, need: String) async throws {
        let response = try await search("DH1 3LE", q: q)
        #expect(!response.query.corrections.isEmpty)
        #expect(response.results.prefix(5).allSatisfy { $0.service.needs.contains(need) }, "\(response.results.prefix(5).map(\.service.name))")
    }

    @Test("no inactive service ever appears, for any need, anywhere")
    func noInactive() async throws {
        let directory = try await SeededDatabases.shared.make()
        let inactive = Set(try await directory.pool.read { db in try String.fetchAll(db, sql: "SELECT external_id FROM services WHERE status != 'active'") })
        #expect(inactive.count >= 5)
        for postcode in ["DD1 4HN", "KY15 4BB", "DH9 9NJ", "DL1 1AA", "E14 6FY"] {
            for need in try directory.taxonomy().needSlugs {
                let response = try await directory.search(try SearchRequest(place: .postcode(try PostcodeQuery(postcode)), needs: [need], radiusKilometres: 50, limit: 100))
                #expect(response.results.allSatisfy { !inactive.contains($0.service.externalID) && $0.service.status == .active })
            }
        }
    }

    @Test("pages do not overlap and add up to the total")
    func paging() async throws {
        let first = try await search("E1 6AN", needs: ["money", "food"], limit: 5, page: 1)
        let second = try await search("E1 6AN", needs: ["money", "food"], limit: 5, page: 2)
        #expect(first.total == second.total)
        #expect(Set(first.results.map(\.service.id)).isDisjoint(with: second.results.map(\.service.id)))
        let past = try await search("E1 6AN", needs: ["money"], limit: 100, page: 50)
        #expect(past.results.isEmpty)
    }

    @Test("a q without a place searches everywhere")
    func everywhere() async throws {
        let response = try await search(nil, q: "lymphoedema")
        #expect(response.total > 0)
        #expect(response.query.place == nil)
    }
}
