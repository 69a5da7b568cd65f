import Foundation
import GRDB
import SignpostCore

/// One venue of one active service: an HSDS `service_at_location`.
public struct PublishedServiceAtLocation: Sendable {
    public var id: String
    /// Which of `service.view.locations` it is (from 0).
    public var position: Int
    public var service: PublishedService
}

extension Directory {
    /// Organisations that run at least one active service, a page at a time, in row order.
    public func publishedOrganizationsPage(page: Int, perPage: Int) async throws -> (total: Int, items: [PublishedOrganization]) {
        try await pool.read { db in
            let served = "EXISTS (SELECT 1 FROM services s WHERE s.organisation_id = o.id AND s.status = 'active')"
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM organisations o WHERE \(served)") ?? 0
            let rows = try Row.fetchAll(db, sql: "\(Self.organisationColumns) WHERE \(served) ORDER BY o.id LIMIT ? OFFSET ?",
                                        arguments: [perPage, (page - 1) * perPage])
            return (total, rows.map(Self.organisation))
        }
    }

    /// One organisation by its HSDS id, with its active services; nil when it runs none.
    public func publishedOrganization(id: String) async throws -> (organization: PublishedOrganization, services: [PublishedService])? {
        let context = try context()
        return try await pool.read { db in
            for row in try Row.fetchAll(db, sql: "\(Self.organisationColumns) WHERE o.oruk_id = ? ORDER BY o.id", arguments: [id]) {
                let services = try Int64.fetchAll(db, sql: "SELECT id FROM services WHERE organisation_id = ? AND status = 'active' ORDER BY id",
                                                  arguments: [row["rowid"] as Int64])
                if !services.isEmpty { return (Self.organisation(row), try PublishedServiceLoader.load(services, db: db, context: context)) }
            }
            return nil
        }
    }

    /// Venues of active services, a page at a time, in service order.
    public func publishedServiceAtLocationsPage(page: Int, perPage: Int) async throws -> (total: Int, items: [PublishedServiceAtLocation]) {
        let context = try context()
        return try await pool.read { db in
            let from = "FROM locations l JOIN services s ON s.id = l.service_id WHERE s.status = 'active'"
            let total = try Int.fetchOne(db, sql: "SELECT count(*) \(from)") ?? 0
            let rows = try Row.fetchAll(db, sql: "SELECT l.service_id, l.oruk_id \(from) ORDER BY l.service_id, l.id LIMIT ? OFFSET ?",
                                        arguments: [perPage, (page - 1) * perPage])
            let services = Dictionary(uniqueKeysWithValues: try PublishedServiceLoader.load(Array(Set(rows.map { $0[0] as Int64 })), db: db, context: context)
                .map { ($0.view.id, $0) })
            return (total, rows.compactMap { row in
                guard let service = services[row[0]], let link = row[1] as String?, let position = service.locationIDs.firstIndex(of: link) else { return nil }
                return PublishedServiceAtLocation(id: link, position: position, service: service)
            })
        }
    }

    /// One venue of an active service by its `service_at_location` id.
    public func publishedServiceAtLocation(id: String) async throws -> PublishedServiceAtLocation? {
        let context = try context()
        return try await pool.read { db in
            guard let serviceID = try Int64.fetchOne(db, sql: "SELECT l.service_id FROM locations l JOIN services s ON s.id = l.service_id WHERE s.status = 'active' AND l.oruk_id = ? LIMIT 1",
                                                     arguments: [id]),
                  let service = try PublishedServiceLoader.load([serviceID], db: db, context: context).first,
                  let position = service.locationIDs.firstIndex(of: id) else { return nil }
            return PublishedServiceAtLocation(id: id, position: position, service: service)
        }
    }

    static let organisationColumns = """
        SELECT o.id AS rowid, o.oruk_id, o.external_id, o.name, o.description, o.url, o.email,
               (SELECT json_extract(s.source_document, '$.organization') FROM services s
                WHERE s.organisation_id = o.id AND s.status = 'active' AND s.source_document IS NOT NULL LIMIT 1) AS document
        FROM organisations o
        """

    static func organisation(_ row: Row) -> PublishedOrganization {
        PublishedOrganization(id: (row["oruk_id"] as String?) ?? StableUUID.make(row["external_id"]), name: row["name"],
                              description: row["description"], url: row["url"], email: row["email"], sourceDocument: row["document"])
    }
}
