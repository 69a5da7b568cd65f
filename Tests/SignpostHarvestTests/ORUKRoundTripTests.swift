import Foundation
import Testing
import TestSupport
import SignpostCore
import SignpostStore
@testable import SignpostOpenReferral

private let examples = Fixtures.root.appendingPathComponent("Tests/Conformance/examples")

/// Open Referral → Signpost → Open Referral: feed records come back exactly; Signpost's own
/// records go out with every HSDS entity and come back in with what they said.
@Suite("Open Referral round trips")
struct ORUKRoundTripTests {
    /// Every service in the UK profile's examples: the full one, the list page's items and the
    /// organisation's services.
    static func exampleServices() throws -> [[String: Any]] {
        func load(_ name: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: examples.appendingPathComponent(name))) as? [String: Any])
        }
        let list = try load("service_list.json")["contents"] as? [[String: Any]] ?? []
        let organization = try load("organization_full.json")["services"] as? [[String: Any]] ?? []
        return [try load("service_full.json")] + list + organization
    }

    @Test("every service in the UK profile's examples is exported exactly as it was imported",
          .enabled(if: FileManager.default.fileExists(atPath: examples.path), "needs ../shared beside the checkout"))
    func examplesRoundTrip() async throws {
        let services = try Self.exampleServices()
        #expect(services.count >= 3)
        for (index, json) in services.enumerated() {
            // One database each: the examples share ids, which is a collision across sources.
            let directory = try await SeededDatabases.shared.make(.geographyOnly)
            let record = try #require(ORUKServiceMapper(source: "example-\(index)", taxonomy: try Fixtures.taxonomy()).record(from: json, version: .v3))
            #expect(try await directory.upsert([record]).created == 1)
            let stored = try #require(try await directory.publishedService(id: json["id"] as! String))
            #expect(NSDictionary(dictionary: ORUKServiceWriter(taxonomy: nil).json(for: stored)) == NSDictionary(dictionary: json), "example \(index)")
        }
    }

    static let seeded = ServiceRecord(
        externalID: "seed:benefits-advice", organisation: OrganisationRecord(externalID: "seed:org-advice", name: "Advice Trust", description: "Free advice.",
                                                                            url: "https://advice.example.org", email: "hello@advice.example.org"),
        name: "Benefits advice", description: "Help claiming benefits.", needs: ["money"], phone: "01382 000000",
        email: "benefits@advice.example.org", url: "https://advice.example.org/benefits", cost: "Free", wheelchairAccess: true,
        languages: ["English", "Polish"], eligibility: "Adults living in Dundee", serviceArea: "Dundee City",
        locations: [LocationRecord(name: "Advice centre", address: "12 High Street, Dundee", postcode: "DD1 4HN",
                                   point: GeoPoint(latitude: 56.46, longitude: -2.97))],
        schedules: [ScheduleRecord(days: ["mon", "tue"], opens: "09:00", closes: "17:00", note: "Drop in")],
        lastVerifiedAt: "2026-01-05", provenance: Provenance(source: "seed"))

    @Test("a seeded service is written with every HSDS entity, UUIDs throughout")
    func seededEntities() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        #expect(try await directory.upsert([Self.seeded]).created == 1)
        let stored = try #require(try await directory.publishedServices(after: 0, limit: 5).first)
        #expect(stored.id == StableUUID.make("seed:benefits-advice"))
        let json = ORUKServiceWriter(taxonomy: try Fixtures.taxonomy()).json(for: stored)
        #expect(json["id"] as? String == stored.id && json["status"] as? String == "active" && json["fees"] as? String == "Free")
        #expect(json["organization_id"] as? String == StableUUID.make("seed:org-advice"))
        #expect((json["organization"] as? [String: Any])?["website"] as? String == "https://advice.example.org")
        let link = try #require((json["service_at_locations"] as? [[String: Any]])?.first)
        let location = try #require(link["location"] as? [String: Any])
        let address = try #require((location["addresses"] as? [[String: Any]])?.first)
        #expect(address["address_1"] as? String == "12 High Street" && address["city"] as? String == "Dundee" && address["postal_code"] as? String == "DD1 4HN")
        #expect((location["accessibility"] as? [[String: Any]])?.first?["description"] as? String == "Wheelchair accessible")
        let schedule = try #require((json["schedules"] as? [[String: Any]])?.first)
        #expect(schedule["byday"] as? String == "MO,TU" && schedule["freq"] as? String == "WEEKLY" && schedule["opens_at"] as? String == "09:00:00")
        #expect((json["cost_options"] as? [[String: Any]])?.first?["amount"] as? Double == 0)
        let contact = try #require((json["contacts"] as? [[String: Any]])?.first)
        #expect((contact["phones"] as? [[String: Any]])?.first?["number"] as? String == "01382 000000")
        #expect((json["languages"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["English", "Polish"])
        #expect((json["service_areas"] as? [[String: Any]])?.first?["name"] as? String == "Dundee City")
        #expect(json["eligibility_description"] as? String == "Adults living in Dundee")
        let term = try #require((json["attributes"] as? [[String: Any]])?.first?["taxonomy_term"] as? [String: Any])
        #expect(term["id"] as? String == ORUKNeedTerms.termID("money") && term["taxonomy_id"] as? String == ORUKNeedTerms.taxonomyID)
        #expect((json["metadata"] as? [[String: Any]])?.first?["resource_id"] as? String == stored.id)
        #expect((json["last_modified"] as? String)?.hasSuffix(".000Z") == true)
        for id in [stored.id, link["id"] as! String, location["id"] as! String, address["id"] as! String, term["id"] as! String] {
            #expect(StableUUID.isUUID(id), "\(id)")
        }

        // And back: another directory importing our export reads what we said.
        let back = try #require(ORUKServiceMapper(source: "peer", taxonomy: try Fixtures.taxonomy()).record(from: json, version: .v3))
        #expect(back.name == "Benefits advice" && back.phone == "01382 000000" && back.cost == "Free")
        #expect(back.schedules == [ScheduleRecord(days: ["mon", "tue"], opens: "09:00", closes: "17:00", note: "Drop in")])
        #expect(back.locations.first?.postcode == "DD1 4HN" && back.needs == ["money"] && back.sourceID == stored.id)
    }

    @Test("costs become cost options: free is amount 0, one price is the amount, anything else only words",
          arguments: [("Free", 0.0), ("free of charge", 0.0), ("£12.50 a session", 12.5), ("£5 or £10", nil), ("Donations welcome", nil)] as [(String, Double?)])
    func costs(text: String, amount: Double?) {
        #expect(ORUKServiceWriter.amount(text) == amount)
    }

    @Test("a service whose id already belongs to another source is refused with its reason, and the stored one is untouched")
    func collision() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let json: [String: Any] = ["id": "0b7c3a52-5a7e-4b3c-9d41-7e2f00000001", "name": "Food bank", "status": "active"]
        let first = try #require(ORUKServiceMapper(source: "north", taxonomy: nil).record(from: json, version: .v3))
        var other = json
        other["name"] = "Someone else's food bank"
        let second = try #require(ORUKServiceMapper(source: "south", taxonomy: nil).record(from: other, version: .v3))
        #expect(try await directory.upsert([first]).created == 1)
        let summary = try await directory.upsert([second])
        #expect(summary.created == 0 && summary.updated == 0)
        #expect(summary.rejected == ["0b7c3a52-5a7e-4b3c-9d41-7e2f00000001: id: already belongs to a service from source \"north\" (north:0b7c3a52-5a7e-4b3c-9d41-7e2f00000001); not stored, nothing overwritten"])
        #expect(try await directory.publishedService(id: "0b7c3a52-5a7e-4b3c-9d41-7e2f00000001")?.view.name == "Food bank")
        #expect(try await directory.upsert([first]).unchanged == 1)   // the same source again is fine
    }
}
