import Foundation
import Testing
import TestSupport

/// `POST /v1/hna/suggest`, `POST /v1/shortlists`, `GET /v1/shortlists/{id}`.
@Suite("HNA and shortlist API")
struct SignpostingAPITests {
    @Test("suggest answers groups by need, highest score first, each suggestion with a reason")
    func suggest() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let reply = try await server.post("/v1/hna/suggest", json: #"{"postcode":"E1 6AN","concerns":[{"item":"hna.money_housing","score":9},{"item":"hna.fatigue","score":6},{"item":"carers"}]}"#)
            #expect(reply.status == 200)
            let json = try reply.json()
            let groups = try #require(json["groups"] as? [[String: Any]])
            #expect(groups.map { $0["need"] as? String } == ["money", "housing", "energy", "food", "fatigue", "carers"])
            let first = try #require((groups[0]["suggestions"] as? [[String: Any]])?.first)
            #expect((first["reason"] as? String)?.isEmpty == false)
            #expect(first["id"] is Int && first["name"] is String && first["also_helps"] is [Any])
            #expect(json["postcode"] as? String == "E1 6AN")
        }
    }

    @Test("suggest refuses bad input with a clear 4xx", arguments: [
        (#"{"postcode":"E1 6AN","concerns":[{"item":"hna.nonsense","score":3}]}"#, 400, "unknown_item"),
        (#"{"postcode":"E1 6AN","concerns":[{"item":"hna.fatigue","score":11}]}"#, 400, "unknown_item"),
        (#"{"postcode":"E1 6AN","concerns":[]}"#, 400, "invalid_concerns"),
        (#"{"postcode":"E1 6AN","concerns":[{"item":"hna.fatigue","score":"high"}]}"#, 400, "invalid_json"),
        (#"{"postcode":"12345","concerns":[{"item":"hna.fatigue"}]}"#, 400, "invalid_postcode"),
        (#"{"postcode":"BT99 9ZZ","concerns":[{"item":"hna.fatigue"}]}"#, 404, "postcode_not_found"),
        (#"{"concerns":[{"item":"hna.fatigue"}]}"#, 400, "invalid_postcode"),
        (#"{"postcode":"E1 6AN"}"#, 400, "invalid_parameter"),
        (#"{"postcode":"E1 6AN","concerns":[{"item":"hna.fatigue"}],"per_need":500}"#, 400, "invalid_parameter"),
        (#"{"postcode": "E1 6AN", "#, 400, "invalid_json"),
        (#"[1,2,3]"#, 400, "invalid_json"),
    ] as [(String, Int, String)])
    func suggestErrors(body: String, status: Int, code: String) async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await withServer(directory) { server in
            let reply = try await server.post("/v1/hna/suggest", json: body)
            #expect(reply.status == status, "\(body): \(reply.text)")
            #expect(try reply.errorCode() == code, "\(body): \(reply.text)")
        }
    }

    @Test("a shortlist is created (201), read back by id, and unknown ids are 404")
    func shortlists() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let made = try await server.post("/v1/shortlists", json: #"{"items":[{"service_id":1,"need":"emotional"},{"service_id":2}]}"#)
            #expect(made.status == 201, "\(made.text)")
            let json = try made.json()
            let id = try #require(json["id"] as? String)
            #expect(id.count == 22)
            #expect(made.headers["location"] == "/v1/shortlists/\(id)")
            #expect(json["url"] as? String == "/shortlists/\(id)")
            #expect(json["text_url"] as? String == "/shortlists/\(id)/text")
            let read = try await server.get("/v1/shortlists/\(id)")
            #expect(read.status == 200)
            let entries = try #require(try read.json()["entries"] as? [[String: Any]])
            #expect(entries.map { $0["service_id"] as? Int } == [1, 2])
            #expect(entries[0]["need_name"] as? String == "Worry, low mood & emotional support")
            #expect((entries[0]["service"] as? [String: Any])?["name"] is String)
            for missing in ["AAAAAAAAAAAAAAAAAAAAAA", "short", "..%2F..%2Fetc"] {
                let reply = try await server.get("/v1/shortlists/\(missing)")
                #expect(reply.status == 404)
                #expect(try reply.errorCode() == "not_found")
            }
        }
    }

    @Test("shortlist errors", arguments: [
        (#"{"items":[]}"#, 400, "invalid_shortlist"),
        (#"{"items":[{"service_id":99999999}]}"#, 422, "unknown_service"),
        (#"{"items":[{"service_id":1,"need":"flying"}]}"#, 400, "unknown_need"),
        (#"{"items":"all"}"#, 400, "invalid_json"),
        (#"{}"#, 400, "invalid_parameter"),
        (#"not json"#, 400, "invalid_json"),
    ] as [(String, Int, String)])
    func shortlistErrors(body: String, status: Int, code: String) async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let reply = try await server.post("/v1/shortlists", json: body)
            #expect(reply.status == status, "\(body): \(reply.text)")
            #expect(try reply.errorCode() == code)
        }
    }

    @Test("a body over 64 KB is refused with 413")
    func tooLarge() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await withServer(directory) { server in
            let reply = try await server.post("/v1/shortlists", body: Data(repeating: UInt8(ascii: " "), count: 100_000))
            #expect(reply.status == 413)
            #expect(try reply.errorCode() == "too_large")
        }
    }
}
