import Foundation
import Testing
import TestSupport
import SignpostCore
import SignpostStore
import SignpostWeb

/// The HTML pages, rendered by a real server and read back as text: structure, escaping,
/// errors tied to fields, no external resources, size.
@Suite("Pages rendered by the server")
struct PageTests {
    static let hostile = ServiceRecord(
        externalID: "test-hostile", organisation: OrganisationRecord(externalID: "test-hostile-org", name: "Evil \"Org\" <b>bold</b>"),
        name: "<script>window.__pwned=1</script>Hostile Help",
        description: "\"><img src=x onerror=\"window.__pwned=1\">Advice about money and debt for anyone who needs it.",
        needs: ["money"], phone: "01632 960999", email: "hostile@example.org", url: "javascript:alert(1)",
        locations: [LocationRecord(name: "Hall", address: "1 Test Street, Dundee", postcode: "DD1 4HN",
                                   point: GeoPoint(latitude: 56.4620, longitude: -2.9707))])

    func hostileID(_ directory: Directory) async throws -> Int64 {
        _ = try await directory.upsert([Self.hostile])
        let found = try await directory.search(SearchRequest(place: .postcode(PostcodeQuery("DD1 4HN")), text: "Hostile Help", limit: 5))
        return try #require(found.results.first { $0.service.externalID == "test-hostile" }?.service.id)
    }

    @Test("every page answers HTML with the skip link, quick exit, main landmark, one local stylesheet and a CSP")
    func chrome() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            for path in ["/", "/search?postcode=DD1+4HN&need=money", "/services/1", "/hna"] {
                let reply = try await server.get(path.components(separatedBy: "?")[0], rawQuery: path.components(separatedBy: "?").dropFirst().first)
                #expect(reply.status == 200, "\(path)")
                #expect(reply.contentType == "text/html; charset=utf-8")
                let html = reply.text
                #expect(html.contains("<html lang=\"en-GB\">"))
                #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
                #expect(html.contains("id=\"quick-exit\""))
                #expect(html.contains("<main id=\"main\""))
                #expect(html.contains("name=\"viewport\""))
                #expect(reply.headers["content-security-policy"]?.contains("default-src 'none'") == true)
                // Nothing is loaded from elsewhere: every src and stylesheet is a local path.
                for attribute in ["src=\"", "rel=\"stylesheet\" href=\""] {
                    for part in html.components(separatedBy: attribute).dropFirst() {
                        #expect(part.hasPrefix("/"), "\(path): \(attribute)\(part.prefix(40))")
                    }
                }
                let css = try await server.get("/assets/signpost.css")
                #expect(html.utf8.count + css.body.count < 60_000, "\(path) is \(html.utf8.count) bytes of HTML")
            }
        }
    }

    @Test("results show name, organisation, summary, distance, hours, contact links, cost and last checked")
    func results() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let reply = try await server.get("/search", query: ["postcode": "DD1 4HN", "need": "money"])
            let html = reply.text
            #expect(html.contains("id=\"results-heading\""))
            #expect(html.contains("services for Money, benefits &amp; debt near DD1 4HN"))
            #expect(html.components(separatedBy: "class=\"service-card\"").count > 5)
            for part in ["class=\"organisation\"", "class=\"summary\"", "miles away", "class=\"hours\"", "href=\"tel:", "href=\"mailto:",
                         "class=\"cost\"", "Last checked ", "id=\"filter-open-now\"", "id=\"filter-free\"", "id=\"filter-delivery\"",
                         "id=\"filter-wheelchair\"", "id=\"filter-language\"", "id=\"sort\""] {
                #expect(html.contains(part), "missing \(part)")
            }
            // Filters from the form: free and by phone only.
            let filtered = try await server.get("/search", rawQuery: "postcode=DD1+4HN&need=money&free=1&delivery=phone&sort=distance")
            #expect(filtered.status == 200)
            #expect(filtered.text.contains("<option value=\"phone\" selected>"))
            #expect(filtered.text.components(separatedBy: "class=\"service-card\"").count
                    < html.components(separatedBy: "class=\"service-card\"").count)
        }
    }

    @Test("paging links carry the search and move a page")
    func paging() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let first = try await server.get("/search", rawQuery: "postcode=E1+6AN&radius_km=50")
            #expect(first.text.contains("rel=\"next\" href=\"/search?postcode=E1%206AN&amp;radius_km=50&amp;page=2\""))
            let second = try await server.get("/search", rawQuery: "postcode=E1+6AN&radius_km=50&page=2")
            #expect(second.text.contains("rel=\"prev\""))
            #expect(second.text.contains("Page 2 of"))
        }
    }

    @Test("a bad postcode is a 400 with the message tied to the field; an empty search asks for something")
    func errors() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let bad = try await server.get("/search", rawQuery: "postcode=ZZ99+9ZZZ")
            #expect(bad.status == 400)
            #expect(bad.text.contains("id=\"error-summary\""))
            #expect(bad.text.contains("<a href=\"#postcode\">"))
            #expect(bad.text.contains("aria-describedby=\"postcode-hint postcode-error\" aria-invalid=\"true\""))
            #expect(bad.text.contains("<title>Error: "))
            let empty = try await server.get("/search", rawQuery: "postcode=&q=")
            #expect(empty.status == 400)
            #expect(empty.text.contains("Enter a postcode"))
            // FTS5 syntax in the words is just words.
            #expect(try await server.get("/search", rawQuery: "q=%22NEAR(%22*+AND&postcode=DD1").status == 200)
            for query in ["postcode=DD1+4HN&need=flying", "postcode=DD1+4HN&delivery=pigeon", "postcode=DD1+4HN&page=abc",
                          "postcode=%ZZ", "postcode=DD1+4HN&radius_km=-5", "postcode=DD1+4HN&open_now=maybe"] {
                let reply = try await server.get("/search", rawQuery: query)
                #expect((400..<500).contains(reply.status), "\(query) → \(reply.status)")
                #expect(reply.contentType == "text/html; charset=utf-8", "\(query)")
            }
        }
    }

    @Test("no results suggests a wider radius and related needs; urgent words show crisis routes first")
    func noResultsAndUrgent() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let none = try await server.get("/search", rawQuery: "postcode=DD1+4HN&need=money&language=Welsh")
            #expect(none.text.contains("id=\"no-results\""))
            #expect(none.text.contains("Show results without filters"))
            #expect(none.text.contains("Look further away"))
            let urgent = try await server.get("/search", rawQuery: "postcode=DD1+4HN&q=thinking+of+ending+my+life")
            let html = urgent.text
            let crisis = try #require(html.range(of: "id=\"crisis\""))
            if let results = html.range(of: "id=\"results\"") { #expect(crisis.lowerBound < results.lowerBound) }
            #expect(html.contains("tel:999"))
        }
    }

    @Test("hostile text in a listing is shown as text, and a javascript: URL never becomes a link")
    func hostileText() async throws {
        let directory = try await SeededDatabases.shared.make()
        let id = try await hostileID(directory)
        try await withServer(directory) { server in
            for reply in [try await server.get("/services/\(id)"), try await server.get("/search", rawQuery: "postcode=DD1+4HN&q=hostile+help")] {
                let html = reply.text
                #expect(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;Hostile Help"))
                #expect(!html.contains("<script>window"))
                #expect(!html.contains("<img src=x"))
                #expect(!html.contains("javascript:"))
                #expect(html.contains("Evil &quot;Org&quot; &lt;b&gt;bold&lt;/b&gt;"))
            }
        }
    }

    @Test("service page: contact, opening times, good to know; unknown ids and paths are HTML 404s")
    func servicePage() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let page = try await server.get("/services/1")
            #expect(page.text.contains("How to get in touch"))
            #expect(page.text.contains("Opening times"))
            for path in ["/services/999999", "/services/abc", "/services/-1", "/no/such/page", "/shortlists/AAAAAAAAAAAAAAAAAAAAAA"] {
                let reply = try await server.get(path)
                #expect(reply.status == 404, "\(path)")
                #expect(reply.contentType == "text/html; charset=utf-8", "\(path)")
                #expect(reply.text.contains("<h1>Page not found</h1>"), "\(path)")
            }
            // The JSON API keeps JSON errors.
            #expect(try await server.get("/v1/nothing").contentType?.hasPrefix("application/json") == true)
        }
    }

    @Test("HNA form → suggestions → shortlist → page and plain text")
    func hnaFlow() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let form = try await server.get("/hna")
            #expect(form.text.contains("id=\"concern-money_housing\""))
            #expect(form.text.contains("name=\"score.hna.money_housing\""))
            let suggested = try await server.post("/hna", form: [("postcode", "E1 6AN"), ("concern", "hna.fatigue"), ("score.hna.fatigue", "6"),
                                                                 ("score.hna.money_housing", "9"), ("score.hna.sleep", "")])
            #expect(suggested.status == 200)
            let html = suggested.text
            let money = try #require(html.range(of: "id=\"group-money\""))
            let fatigue = try #require(html.range(of: "id=\"group-fatigue\""))
            #expect(money.lowerBound < fatigue.lowerBound)
            let picks = html.components(separatedBy: "name=\"pick\" value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(picks.count >= 5)
            let made = try await server.post("/shortlists", form: [("pick", picks[0]), ("pick", picks[picks.count - 1])])
            #expect(made.status == 303)
            let location = try #require(made.headers["location"])
            #expect(location.hasPrefix("/shortlists/"))
            let page = try await server.get(location)
            #expect(page.status == 200)
            #expect(page.text.components(separatedBy: "class=\"shortlist-item\"").count == 3)
            #expect(page.text.contains("For:</strong> Money, benefits &amp; debt"))
            #expect(page.text.contains("This shortlist will be deleted on"))
            #expect(page.text.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
            #expect(!html.contains("name=\"robots\""))
            let text = try await server.get(location + "/text")
            #expect(text.contentType == "text/plain; charset=utf-8")
            #expect(text.text.hasPrefix("Shortlist of support"))
            #expect(text.text.contains("For: Money, benefits & debt"))
            #expect(text.text.contains("Phone: "))
        }
    }

    @Test("HNA errors sit beside their fields; an empty shortlist goes back to the suggestions with the reason")
    func hnaErrors() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let noPostcode = try await server.post("/hna", form: [("postcode", ""), ("score.hna.fatigue", "6")])
            #expect(noPostcode.status == 400)
            #expect(noPostcode.text.contains("<a href=\"#hna-postcode\">"))
            #expect(noPostcode.text.contains("aria-invalid=\"true\""))
            let badScore = try await server.post("/hna", form: [("postcode", "E1 6AN"), ("score.hna.fatigue", "eleven")])
            #expect(badScore.status == 400)
            #expect(badScore.text.contains("<a href=\"#score-fatigue\">"))
            #expect(badScore.text.contains("value=\"eleven\""))
            let nothing = try await server.post("/hna", form: [("postcode", "E1 6AN")])
            #expect(nothing.status == 400)
            #expect(nothing.text.contains("Tick or score at least one concern"))
            let emptyShortlist = try await server.post("/shortlists", form: [("postcode", "E1 6AN"), ("score.hna.fatigue", "6")])
            #expect(emptyShortlist.status == 400)
            #expect(emptyShortlist.text.contains("Pick at least one service"))
            #expect(emptyShortlist.text.contains("id=\"group-fatigue\""))
            let huge = try await server.post("/hna", body: Data(repeating: UInt8(ascii: "a"), count: 200_000),
                                             contentType: "application/x-www-form-urlencoded")
            #expect(huge.status == 413)
        }
    }

    @Test("opening status says when it next changes, in UK time; a listing unchecked for a year says so")
    func openingStatusAndStaleness() async throws {
        let directory = try await SeededDatabases.shared.make()
        let taxonomy = try directory.taxonomy()
        let renderer = try PageRenderer()
        let response = try await directory.search(SearchRequest(place: .postcode(PostcodeQuery("DD1 4HN")), needs: ["money"], limit: 20))
        var view = try #require(response.results.first { $0.service.schedules.contains { $0.days.contains("wed") && $0.opens != nil } }?.service)
        // Wednesday 25 November 2026, 12:00 in London (GMT): open, and says when it closes.
        let noon = try #require(ISO8601DateFormatter().date(from: "2026-11-25T12:00:00Z"))
        let open = renderer.service(view, taxonomy: taxonomy, now: noon)
        #expect(open.contains("<span class=\"badge open-now\">Open now</span> – closes at "))
        let night = try #require(ISO8601DateFormatter().date(from: "2026-11-25T22:00:00Z"))
        #expect(renderer.service(view, taxonomy: taxonomy, now: night).contains("Closed now</span> – opens "))
        #expect(!open.contains("over a year ago"))
        view.lastVerifiedAt = "2025-06-01"
        #expect(renderer.service(view, taxonomy: taxonomy, now: noon).contains("over a year ago: check with them before you go"))
        let page = renderer.results(query: SearchPageQuery(), response: response, taxonomy: taxonomy, now: noon)
        #expect(page.contains("(closes at "))
    }
}
