import Foundation
import Testing
import TestSupport
import SignpostStore

/// `/oruk` organizations, service_at_locations and the listing parameters, over a real socket.
@Suite("Open Referral organizations, locations and listing parameters")
struct ORUKDirectoryEndpointTests {
    @Test("organizations and service_at_locations page like services; listed ids resolve; unknown ids are 404 JSON")
    func organizationsAndLocations() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let organizations = try await server.get("/oruk/organizations", rawQuery: "per_page=20").json()
            let orgs = try #require(organizations["contents"] as? [[String: Any]])
            #expect(orgs.count == 20 && (organizations["total_items"] as? Int ?? 0) > 20)
            #expect(orgs.allSatisfy { $0["services"] == nil && $0["name"] != nil && $0["description"] != nil })
            let orgID = try #require(orgs.first?["id"] as? String)
            let org = try await server.get("/oruk/organizations/\(orgID)").json()
            let services = try #require(org["services"] as? [[String: Any]])
            #expect(!services.isEmpty && services.allSatisfy { $0["service_at_locations"] == nil })
            let full = try await server.get("/oruk/organizations/\(orgID)", rawQuery: "full_service=true").json()
            #expect((full["services"] as? [[String: Any]])?.first?["metadata"] != nil)

            let links = try await server.get("/oruk/service_at_locations", rawQuery: "per_page=10").json()
            let items = try #require(links["contents"] as? [[String: Any]])
            #expect(items.count == 10)
            let first = try #require(items.first)
            #expect((first["service"] as? [String: Any])?["name"] != nil && (first["location"] as? [String: Any])?["location_type"] as? String == "physical")
            let one = try await server.get("/oruk/service_at_locations/\(first["id"] as! String)").json()
            #expect(one["id"] as? String == first["id"] as? String)
            #expect((one["location"] as? [String: Any])?["id"] as? String == (first["location"] as? [String: Any])?["id"] as? String)

            for path in ["/oruk/organizations/nope", "/oruk/service_at_locations/nope", "/oruk/taxonomies/nope", "/oruk/taxonomy_terms/nope"] {
                let reply = try await server.get(path)
                #expect(reply.status == 404, "\(path)")
                #expect(try reply.errorCode() == "not_found")
            }
        }
    }

    @Test("modified_after keeps services changed since then; a bad value is a 400 that says what it wants",
          arguments: ["yesterday", "2024-13-01", "2024-05-01T25:00:00Z"])
    func modifiedAfter(bad: String) async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let all = try await server.get("/oruk/services").json()["total_items"] as? Int
            #expect(try await server.get("/oruk/services", query: ["modified_after": "2000-01-01"]).json()["total_items"] as? Int == all)
            #expect(try await server.get("/oruk/services", query: ["modified_after": "2000-01-01T00:00:00+01:00"]).json()["total_items"] as? Int == all)
            let future = try await server.get("/oruk/services", query: ["modified_after": "2999-01-01T00:00:00.000Z"]).json()
            #expect(future["total_items"] as? Int == 0 && future["empty"] as? Bool == true)
            let reply = try await server.get("/oruk/services", query: ["modified_after": bad])
            #expect(reply.status == 400)
            #expect(try reply.errorCode() == "invalid_parameter")
            #expect(reply.text.contains("modified_after: must be an ISO 8601 date-time"))
            // With the ranked search too: past keeps the same services, the future none.
            let debt = try await server.get("/oruk/services", query: ["text": "debt", "postcode": "DD1 4HN"]).json()["total_items"] as? Int
            #expect((debt ?? 0) > 0)
            #expect(try await server.get("/oruk/services", query: ["modified_after": "2000-01-01", "text": "debt", "postcode": "DD1 4HN"])
                .json()["total_items"] as? Int == debt)
            #expect(try await server.get("/oruk/services", query: ["modified_after": "2999-01-01", "text": "debt", "postcode": "DD1 4HN"])
                .json()["total_items"] as? Int == 0)
            #expect(try await server.get("/oruk/services", query: ["taxonomy_id": "someone-elses", "text": "debt"]).status == 400)
        }
    }

    @Test("the list shape by default, full services with full_service=true, and taxonomy_id filters by taxonomy")
    func shapesAndTaxonomy() async throws {
        let directory = try await SeededDatabases.shared.make()
        try await withServer(directory) { server in
            let list = try #require(try await server.get("/oruk/services", rawQuery: "per_page=5").json()["contents"] as? [[String: Any]])
            #expect(list.allSatisfy { $0["service_at_locations"] == nil && $0["attributes"] == nil && $0["last_modified"] != nil })
            let full = try #require(try await server.get("/oruk/services", rawQuery: "per_page=5&full_service=true").json()["contents"] as? [[String: Any]])
            #expect(full.allSatisfy { $0["attributes"] != nil && $0["metadata"] != nil })
            #expect(try await server.get("/oruk/services", rawQuery: "full_service=maybe").errorCode() == "invalid_parameter")

            let taxonomy = try #require(try await server.get("/oruk/taxonomies").json()["contents"] as? [[String: Any]])
            let id = try #require(taxonomy.first?["id"] as? String)
            #expect(try await server.get("/oruk/taxonomies/\(id)").json()["name"] as? String == "Signpost need categories")
            let tagged = try await server.get("/oruk/services", query: ["taxonomy_id": id]).json()["total_items"] as? Int ?? 0
            #expect(tagged > 200)
            #expect(try await server.get("/oruk/services", query: ["taxonomy_id": "someone-elses"]).json()["total_items"] as? Int == 0)
        }
    }
}
