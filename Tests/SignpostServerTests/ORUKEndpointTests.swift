import Foundation
import Testing
import TestSupport
import SignpostStore

/// `/oruk` endpoints over a real socket, and import → export keeping Open Referral records whole.
@Suite("Open Referral endpoints and export", .serialized)
struct ORUKEndpointTests {
    @Test("/oruk/services pages consistently and every listed id resolves at /oruk/services/{id}")
    func paging() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let root = try await server.get("/oruk/")
            #expect(try root.json()["version"] as? String == "3.0")
            let first = try await server.get("/oruk/services", query: ["page": "1", "per_page": "100"])
            let page = try first.json()
            let total = try #require(page["total_items"] as? Int)
            #expect(total >= 250)
            #expect(page["total_pages"] as? Int == (total + 99) / 100)
            #expect(page["first_page"] as? Bool == true && page["last_page"] as? Bool == false)
            let last = try await server.get("/oruk/services", query: ["page": "\(page["total_pages"] as! Int)", "per_page": "100"])
            #expect(try last.json()["last_page"] as? Bool == true)
            let contents = try #require(page["contents"] as? [[String: Any]])
            for item in contents.shuffled().prefix(10) {
                let id = try #require(item["id"] as? String)
                let one = try await server.get("/oruk/services/\(id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? id)")
                #expect(one.status == 200)
                #expect(try one.json()["name"] as? String == item["name"] as? String)
            }
            #expect(try await server.get("/oruk/services/no-such-service").errorCode() == "not_found")
            #expect(try await server.get("/oruk/services", rawQuery: "per_page=0").errorCode() == "invalid_parameter")
        }
    }

    @Test("an imported Open Referral service is exported exactly as it came, unmodelled fields included")
    func lossless() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let file = Fixtures.root.appendingPathComponent("Crawlers/fixtures/oruk-v3/services/dl-101.json")
        let original = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? NSDictionary)
        _ = try await ChildProcess.run(Fixtures.signpostExecutable, ["import", "oruk", file.path, "--db", directory.path])
        let out = try Fixtures.temporaryFolder().appendingPathComponent("export.json")
        let export = try await ChildProcess.run(Fixtures.signpostExecutable, ["export", "oruk", "--out", out.path, "--db", directory.path])
        #expect(export.status == 0)
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [NSDictionary])
        #expect(exported.count == 1)
        #expect(exported.first == original)
        #expect((exported.first?["x_local_note"] as? String) == "kept verbatim by importers")
    }
}

@Suite("Open Referral filters and taxonomy")
struct ORUKFilterTests {
    @Test("filters search like /v1: text, postcode with proximity, need terms; minimal trims the records")
    func filters() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let near = try await server.get("/oruk/services", rawQuery: "postcode=DD1%204HN&proximity=5000&taxonomy_term_id=signpost-need-money&per_page=5")
            let page = try near.json()
            let contents = try #require(page["contents"] as? [[String: Any]])
            #expect(!contents.isEmpty && contents.count <= 5)
            #expect((page["total_items"] as? Int ?? 0) >= contents.count)
            let minimal = try await server.get("/oruk/services", rawQuery: "text=lymphoedema&minimal=true")
            let items = try #require(try minimal.json()["contents"] as? [[String: Any]])
            #expect(!items.isEmpty)
            #expect(items.allSatisfy { $0["service_at_locations"] == nil && $0["name"] != nil })
            #expect(try await server.get("/oruk/services", rawQuery: "postcode=KY1-1AA").errorCode() == "invalid_postcode")
            #expect(try await server.get("/oruk/services", rawQuery: "taxonomy_term_id=unicorns").errorCode() == "unknown_need")
        }
    }

    @Test("the need categories are served as HSDS taxonomy terms")
    func terms() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await withServer(directory) { server in
            let terms = try await server.get("/oruk/taxonomy_terms", rawQuery: "per_page=50")
            let contents = try #require(try terms.json()["contents"] as? [[String: Any]])
            #expect(contents.count == 22)
            #expect(contents.first?["term"] as? String == "money")
            let id = try #require(contents.first?["id"] as? String)
            #expect(id.count == 36 && id.split(separator: "-").count == 5)
            #expect(try await server.get("/oruk/taxonomy_terms/\(id)").json()["term"] as? String == "money")
            #expect(try await server.get("/oruk/taxonomy_terms/signpost-need-money").json()["id"] as? String == id)
            #expect(try await server.get("/oruk/taxonomies").status == 200)
        }
    }
}
