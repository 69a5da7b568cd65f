import Foundation
import GRDB
import SignpostCore

/// Which active services an Open Referral listing holds. Filters combine with AND.
public struct PublishedFilter: Sendable, Equatable {
    public enum Taxonomy: Sendable, Equatable {
        /// Tagged with any of Signpost's need categories.
        case needs
        /// Published by its feed with a term of this taxonomy (`attributes[].taxonomy_term.taxonomy_id`).
        case source(String)
    }

    /// Changed at or after this instant, "YYYY-MM-DDTHH:MM:SSZ" (UTC, as `updated_at` is stored).
    public var modifiedAfter: String?
    public var taxonomy: Taxonomy?

    public init(modifiedAfter: String? = nil, taxonomy: Taxonomy? = nil) {
        self.modifiedAfter = modifiedAfter
        self.taxonomy = taxonomy
    }

    var sql: (where: String, arguments: StatementArguments) {
        var clauses = ["status = 'active'"]
        var arguments: StatementArguments = []
        if let modifiedAfter {
            clauses.append("updated_at >= ?")
            arguments += [modifiedAfter]
        }
        switch taxonomy {
        case .needs?: clauses.append("EXISTS (SELECT 1 FROM service_needs n WHERE n.service_id = services.id)")
        case .source(let id)?:
            clauses.append("EXISTS (SELECT 1 FROM json_each(services.source_document, '$.attributes') a WHERE json_extract(a.value, '$.taxonomy_term.taxonomy_id') = ?)")
            arguments += [id]
        case nil: break
        }
        return (clauses.joined(separator: " AND "), arguments)
    }
}

extension Directory {
    /// Active services in row order after `afterID`: keyset paging, so exporting a million
    /// services holds one page in memory at a time.
    public func publishedServices(after afterID: Int64, limit: Int) async throws -> [PublishedService] {
        let context = try context()
        return try await pool.read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM services WHERE status = 'active' AND id > ? ORDER BY id LIMIT ?", arguments: [afterID, limit])
            return try PublishedServiceLoader.load(ids, db: db, context: context)
        }
    }

    /// A page of active services by offset, for `/oruk/services`, with the number that match.
    public func publishedServicesPage(page: Int, perPage: Int, filter: PublishedFilter = .init()) async throws -> (total: Int, items: [PublishedService]) {
        let context = try context()
        let (clause, arguments) = filter.sql
        return try await pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM services WHERE \(clause)", arguments: arguments) ?? 0
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM services WHERE \(clause) ORDER BY id LIMIT ? OFFSET ?",
                                         arguments: arguments + [perPage, (page - 1) * perPage])
            return (total, try PublishedServiceLoader.load(ids, db: db, context: context))
        }
    }

    /// These services (search results), in the order given.
    public func publishedServices(ids: [Int64]) async throws -> [PublishedService] {
        let context = try context()
        return try await pool.read { db in try PublishedServiceLoader.load(ids, db: db, context: context) }
    }

    /// One active service by its HSDS id — or, for older links, by Signpost's external id.
    public func publishedService(id: String) async throws -> PublishedService? {
        let context = try context()
        return try await pool.read { db in
            let row = try Int64.fetchOne(db, sql: "SELECT id FROM services WHERE status = 'active' AND oruk_id = ? ORDER BY id LIMIT 1", arguments: [id])
                ?? Int64.fetchOne(db, sql: "SELECT id FROM services WHERE status = 'active' AND external_id = ?", arguments: [id])
            return try row.map { try PublishedServiceLoader.load([$0], db: db, context: context) }?.first
        }
    }
}
