import Foundation
import Testing
import TestSupport
import SignpostCore
import SignpostStore

/// The JSON API, tested through a real server on 127.0.0.1 and a real socket.
@Suite("JSON API contract")
struct APIContractTests {
    @Test("search answers with the documented shape, keys sorted, order = ranking")
    func searchShape() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let reply = try await server.get("/v1/search", query: ["postcode": "DD1 4HN", "need": "money", "limit": "5"])
            #expect(reply.status == 200)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            let json = try reply.json()
            #expect(Set(json.keys) == ["query", "total", "page", "limit", "results"])
            let query = try #require(json["query"] as? [String: Any])
            #expect(query["postcode"] as? String == "DD1 4HN")
            #expect(query["precision"] as? String == "unit")
            #expect(query["nation"] as? String == "scotland")
            #expect((query["local_authority"] as? [String: String]) == ["code": "S12000042", "name": "Dundee City"])
            #expect(query["needs"] as? [String] == ["money"])
            #expect(query["q"] is NSNull)
            #expect(query["radius_km"] as? Double == 10)
            #expect(query["sort"] as? String == "relevance")
            let results = try #require(json["results"] as? [[String: Any]])
            #expect(results.count == 5)
            let required: Set<String> = ["id", "name", "description", "organization", "needs", "service_kinds", "distance_km", "covers_area",
                                         "urgent", "score", "why", "locations", "phone", "email", "url", "opening_hours", "last_verified_at"]
            for result in results { #expect(required.isSubset(of: result.keys), "\(Set(required).subtracting(result.keys))") }
            let scores = results.compactMap { $0["score"] as? Double }
            #expect(scores == scores.sorted(by: >))
            // Keys are sorted in the raw text.
            #expect(reply.text.hasPrefix("{\"limit\":5,\"page\":1,\"query\":{\"corrections\""))
        }
    }

    @Test("the same search twice gives the same bytes")
    func stable() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let a = try await server.get("/v1/search", query: ["postcode": "E1 6AN", "q": "food bank"])
            let b = try await server.get("/v1/search", query: ["postcode": "E1 6AN", "q": "food bank"])
            #expect(a.body == b.body)
        }
    }

    @Test("every error code, with a 4xx and a plain message", arguments: [
        ("/v1/search", "postcode=KY1-1AA", 400, "invalid_postcode"),
        ("/v1/search", "postcode=12345", 400, "invalid_postcode"),
        ("/v1/search", "postcode=", 400, "invalid_postcode"),
        ("/v1/search", "postcode=BX1%201LT", 404, "postcode_not_found"),
        ("/v1/search", "postcode=DD1%204HN&need=moneyy", 400, "unknown_need"),
        ("/v1/search", "postcode=DD1%204HN&radius_km=500", 400, "invalid_parameter"),
        ("/v1/search", "postcode=DD1%204HN&radius_km=abc", 400, "invalid_parameter"),
        ("/v1/search", "postcode=DD1%204HN&limit=101", 400, "invalid_parameter"),
        ("/v1/search", "postcode=DD1%204HN&limit=0", 400, "invalid_parameter"),
        ("/v1/search", "postcode=DD1%204HN&page=-1", 400, "invalid_parameter"),
        ("/v1/search", "postcode=DD1%204HN&sort=random", 400, "invalid_parameter"),
        ("/v1/search", "lat=56.4", 400, "invalid_parameter"),
        ("/v1/search", "lat=91&lon=0", 400, "invalid_parameter"),
        ("/v1/search", "", 400, "invalid_parameter"),
        ("/v1/search", "q=%E0%A4%A", 400, "invalid_parameter"),
        ("/v1/services/999999", "", 404, "not_found"),
        ("/v1/services/abc", "", 400, "invalid_parameter"),
        ("/v1/postcodes/not-a-postcode", "", 400, "invalid_postcode"),
        ("/v1/postcodes/BX1%201LT", "", 404, "postcode_not_found"),
        ("/v1/nowhere", "", 404, "not_found"),
    ])
    func errors(path: String, query: String, status: Int, code: String) async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let reply = try await server.get(path, rawQuery: query.isEmpty ? nil : query)
            #expect(reply.status == status, "\(reply.text)")
            #expect(try reply.errorCode() == code)
            let message = try #require((try reply.json()["error"] as? [String: Any])?["message"] as? String)
            #expect(!message.isEmpty)
        }
    }

    @Test("unknown_need lists the valid slugs")
    func unknownNeedLists() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let reply = try await server.get("/v1/search", query: ["postcode": "DD1 4HN", "need": "money,unicorns"])
            let error = try #require(try reply.json()["error"] as? [String: Any])
            #expect((error["valid"] as? [String])?.count == 22)
            #expect((error["message"] as? String)?.contains("planning-ahead") == true)
        }
    }

    @Test("no user input causes a 5xx", arguments: [
        "q=%22money", "q=food*", "q=heating%20AND", "q=NEAR(", "q=%3A", "q=%5E", "q=%00%01", "q=" + String(repeating: "a", count: 400),
        "q=" + String(repeating: "x", count: 600), "need=,,,", "need=MONEY", "postcode=%20dd1%204hn%20", "lat=0&lon=0&need=money",
        "lat=56.46&lon=-2.97&need=money", "postcode=GIR%200AA", "postcode=DD1%204&need=food", "radius_km=NaN&postcode=DD1", "radius_km=1e309&postcode=DD1",
        "page=99999999999999999999&postcode=DD1", "postcode=DD1&q=%F0%9F%98%80",
    ])
    func neverFiveHundred(query: String) async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let reply = try await server.get("/v1/search", rawQuery: query)
            #expect(reply.status < 500, "\(query) → \(reply.status) \(reply.text)")
            _ = try reply.json()
        }
    }

    @Test("need is repeatable or comma-separated, and postcodes may be districts")
    func needForms() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let repeated = try await server.get("/v1/search", rawQuery: "postcode=DH1&need=carers&need=emotional")
            let comma = try await server.get("/v1/search", rawQuery: "postcode=DH1&need=carers,emotional")
            #expect(repeated.body == comma.body)
            let query = try #require(try repeated.json()["query"] as? [String: Any])
            #expect(query["precision"] as? String == "outcode")
            #expect(query["needs"] as? [String] == ["carers", "emotional"])
        }
    }

    @Test("services, needs, postcodes, about and health")
    func otherEndpoints() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let search = try await server.get("/v1/search", query: ["postcode": "E1 6AN", "need": "food", "limit": "1"])
            let first = try #require((try search.json()["results"] as? [[String: Any]])?.first)
            let id = try #require(first["id"] as? Int)
            let service = try await server.get("/v1/services/\(id)")
            #expect(service.status == 200)
            #expect(try service.json()["name"] as? String == first["name"] as? String)

            let needs = try await server.get("/v1/needs")
            #expect((try needs.json()["needs"] as? [[String: Any]])?.count == 22)
            #expect((try needs.json()["hna_checklist"] as? [String: Any])?["items"] is [[String: Any]])

            let postcode = try await server.get("/v1/postcodes/dd68ab")
            let place = try postcode.json()
            #expect(place["postcode"] as? String == "DD6 8AB")
            #expect((place["local_authority"] as? [String: String])?["name"] == "Fife")

            let about = try await server.get("/v1/about")
            let attribution = try #require(try about.json()["attribution"] as? [String])
            #expect(attribution.contains("Source: Office for National Statistics licensed under the Open Government Licence v.3.0"))
            #expect(attribution.contains { $0.contains("Royal Mail copyright") })
            #expect(((try about.json()["counts"] as? [String: Any])?["services"] as? Int ?? 0) >= 250)

            #expect(try await server.get("/healthz").status == 200)
        }
    }

    @Test("urgent phrasing through the API: crisis routes first, marked urgent")
    func urgent() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let reply = try await server.get("/v1/search", query: ["postcode": "DL1 1AA", "q": "thinking of ending my life"])
            let results = try #require(try reply.json()["results"] as? [[String: Any]])
            #expect(results.first?["urgent"] as? Bool == true)
        }
    }
}
