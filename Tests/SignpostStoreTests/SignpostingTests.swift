import Foundation
import GRDB
import Synchronization
import Testing
import TestSupport
@testable import SignpostCore
@testable import SignpostStore

@Suite("Filters, HNA suggestions and shortlists")
struct SignpostingTests {
    func search(_ directory: Directory, _ filters: SearchFilters) async throws -> SearchResponse {
        try await directory.search(SearchRequest(place: .postcode(PostcodeQuery("DD1 4HN")), needs: ["money"], limit: 100, filters: filters))
    }

    @Test("each filter keeps exactly the services whose listing says so, and totals count only those")
    func filters() async throws {
        let directory = try await SeededDatabases.shared.make()
        let all = try await search(directory, .none)
        #expect(all.total > 5)
        let free = try await search(directory, try SearchFilters(free: true))
        #expect(free.total > 0 && free.total < all.total)
        #expect(free.results.allSatisfy { CostText.isFree($0.service.cost) })
        #expect(Set(all.results.filter { CostText.isFree($0.service.cost) }.map(\.service.id)) == Set(free.results.map(\.service.id)))
        let phone = try await search(directory, try SearchFilters(delivery: "phone"))
        #expect(phone.results.allSatisfy { $0.service.delivery.contains("phone") })
        #expect(Set(all.results.filter { $0.service.delivery.contains("phone") }.map(\.service.id)) == Set(phone.results.map(\.service.id)))
        let wheelchair = try await search(directory, try SearchFilters(wheelchair: true))
        #expect(wheelchair.results.allSatisfy { $0.service.wheelchairAccess == true })
        #expect(wheelchair.total == all.results.filter { $0.service.wheelchairAccess == true }.count)
    }

    @Test("open now reads schedules in UK time: a weekday morning and a Sunday night differ")
    func openNow() async throws {
        let directory = try await SeededDatabases.shared.make()
        let wednesdayMorning = try #require(ISO8601DateFormatter().date(from: "2026-11-25T10:30:00Z"))
        let sundayNight = try #require(ISO8601DateFormatter().date(from: "2026-11-29T23:30:00Z"))
        let open = try await search(directory, try SearchFilters(openAt: wednesdayMorning))
        let late = try await search(directory, try SearchFilters(openAt: sundayNight))
        #expect(open.total > 0)
        #expect(late.total < open.total)
        let at = UKTime(wednesdayMorning)
        #expect(open.results.allSatisfy { OpeningTimes($0.service.schedules).isOpen(at: at) == true })
    }

    @Test("a language filter matches whatever the case")
    func language() async throws {
        let directory = try await SeededDatabases.shared.make()
        let response = try await directory.search(SearchRequest(place: .postcode(PostcodeQuery("E1 6AN")), radiusKilometres: 10, limit: 100,
                                                                filters: try SearchFilters(language: "bengali")))
        #expect(response.total > 0)
        #expect(response.results.allSatisfy { $0.service.languages.contains("Bengali") })
    }

    @Test("HNA suggestions: groups in concern order, each service once, reasons given")
    func suggestions() async throws {
        let directory = try await SeededDatabases.shared.make()
        let answer = try await directory.suggest(postcode: PostcodeQuery("E1 6AN"),
                                                 concerns: [HNAConcern(item: "hna.fatigue", score: 6), HNAConcern(item: "hna.money_housing", score: 9)])
        #expect(answer.groups.map(\.need) == ["money", "housing", "energy", "food", "fatigue"])
        #expect(answer.groups[0].suggestions.count == 5)
        let ids = answer.groups.flatMap { $0.suggestions.map(\.result.service.id) }
        #expect(Set(ids).count == ids.count)
        for group in answer.groups {
            for suggestion in group.suggestions {
                #expect(!suggestion.reason.isEmpty)
                #expect(suggestion.result.service.needs.contains(group.need))
            }
        }
        #expect(answer.place.postcode == "E1 6AN")
    }

    @Test("a shortlist keeps services and needs only, under an unguessable id, and is gone after 30 days")
    func shortlists() async throws {
        let seeded = try await SeededDatabases.shared.make()
        let start = try #require(ISO8601DateFormatter().date(from: "2026-11-25T12:00:00Z"))
        let now = Mutex(start)
        let directory = try Directory(path: seeded.path, clock: { now.withLock { $0 } })
        let money = try await directory.search(SearchRequest(place: .postcode(PostcodeQuery("DD1 4HN")), needs: ["money"], limit: 2))
        let picks = money.results.map { Shortlist.Pick(serviceID: $0.service.id, need: "money") }
        let shortlist = try await directory.createShortlist(picks + picks)
        #expect(Shortlist.isWellFormedID(shortlist.id))
        #expect(shortlist.entries.map(\.serviceID) == picks.map(\.serviceID))
        #expect(shortlist.expiresAt.hasPrefix("2026-12-25"))
        let stored = try await directory.pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM shortlists") }
        #expect(Set(try #require(stored).columnNames) == ["id", "created_at", "expires_at", "picks"])
        #expect(try await directory.shortlist(id: shortlist.id)?.entries.count == 2)
        now.withLock { $0 = start.addingTimeInterval(31 * 86_400) }
        #expect(try await directory.shortlist(id: shortlist.id) == nil)
        // Making another clears out the expired one.
        _ = try await directory.createShortlist([picks[0]])
        #expect(try await directory.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM shortlists") } == 1)
    }

    @Test("shortlists refuse nothing picked, unknown services and unknown needs")
    func shortlistErrors() async throws {
        let directory = try await SeededDatabases.shared.make()
        await #expect(throws: ShortlistError.empty) { try await directory.createShortlist([]) }
        await #expect(throws: ShortlistError.unknownService(999_999)) { try await directory.createShortlist([.init(serviceID: 999_999)]) }
        await #expect(throws: ShortlistError.unknownNeed("<b>")) { try await directory.createShortlist([.init(serviceID: 1, need: "<b>")]) }
        #expect(try await directory.shortlist(id: "nope") == nil)
    }
}
