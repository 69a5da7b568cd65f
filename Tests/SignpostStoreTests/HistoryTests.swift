import Foundation
import Testing
import TestSupport
import SignpostCore
@testable import SignpostStore

@Suite("Versions and hand edits")
struct HistoryTests {
    func record(phone: String, description: String) -> ServiceRecord {
        ServiceRecord(externalID: "src:1", organisation: .init(externalID: "o", name: "Org"), name: "Benefits clinic",
                      description: description, kinds: ["welfare-benefits-advice"], phone: phone,
                      locations: [LocationRecord(postcode: "DH1 3LE")], provenance: Provenance(source: "src"))
    }

    @Test("a changed record is updated and its previous version kept; an unchanged one is not rewritten")
    func versions() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        #expect(try await directory.upsert([record(phone: "0191 498 0001", description: "First words.")]).created == 1)
        #expect(try await directory.upsert([record(phone: "0191 498 0001", description: "First words.")]).unchanged == 1)
        #expect(try await directory.upsert([record(phone: "0191 498 0001", description: "Second words.")]).updated == 1)
        let id = try await directory.pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM services WHERE external_id = 'src:1'")! }
        #expect(try await directory.versions(serviceID: id).map(\.description) == ["First words."])
        #expect(try await directory.service(id: id)?.description == "Second words.")
    }

    @Test("a field edited by hand is never overwritten by a harvest: the difference is a conflict for review")
    func manualEditWins() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([record(phone: "0191 498 0001", description: "First words.")])
        let id = try await directory.pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM services WHERE external_id = 'src:1'")! }
        try await directory.edit(serviceID: id, field: .phone, value: "0191 498 0999", by: "org:benefits-clinic")
        #expect(try await directory.service(id: id)?.phone == "0191 498 0999")

        // The source still says the old number, and has new words: the words change, the phone does not.
        _ = try await directory.upsert([record(phone: "0191 498 0001", description: "Newer words.")])
        let service = try #require(try await directory.service(id: id))
        #expect(service.phone == "0191 498 0999")
        #expect(service.description == "Newer words.")
        let conflicts = try await directory.conflicts(serviceID: id)
        #expect(conflicts == [FieldConflict(serviceID: id, field: "phone", manualValue: "0191 498 0999", harvestedValue: "0191 498 0001",
                                            source: "src", status: "open")])
        // The same disagreement again is not a second conflict.
        _ = try await directory.upsert([record(phone: "0191 498 0001", description: "Newest words.")])
        #expect(try await directory.conflicts(serviceID: id).count == 1)
        #expect(try await directory.versions(serviceID: id).count == 3)
    }
}
