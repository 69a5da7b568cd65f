import Foundation
import GRDB
import SignpostCore

extension Directory {
    /// Active services in id order after `afterID`, with the document their source published, if
    /// any: keyset paging, so exporting a million services holds one page in memory at a time.
    public func activeServices(after afterID: Int64, limit: Int) async throws -> [(view: ServiceView, sourceDocument: String?)] {
        let context = try context()
        return try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, source_document FROM services WHERE status = 'active' AND id > ? ORDER BY id LIMIT ?",
                                        arguments: [afterID, limit])
            let views = try ServiceViewLoader.load(rows.map { $0["id"] }, db: db, context: context)
            return rows.compactMap { row in views[row["id"]].map { ($0, row["source_document"]) } }
        }
    }

    /// A page of active services by offset, for the `/oruk/services` listing, with the total.
    public func activeServicesPage(page: Int, perPage: Int) async throws -> (total: Int, items: [(view: ServiceView, sourceDocument: String?)]) {
        let context = try context()
        return try await pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM services WHERE status = 'active'") ?? 0
            let rows = try Row.fetchAll(db, sql: "SELECT id, source_document FROM services WHERE status = 'active' ORDER BY id LIMIT ? OFFSET ?",
                                        arguments: [perPage, (page - 1) * perPage])
            let views = try ServiceViewLoader.load(rows.map { $0["id"] }, db: db, context: context)
            return (total, rows.compactMap { row in views[row["id"]].map { ($0, row["source_document"]) } })
        }
    }

    /// The documents Open Referral sources published for these services, by id (one query).
    public func sourceDocuments(ids: [Int64]) async throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        return try await pool.read { db in
            var documents: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, source_document FROM services WHERE id IN (SELECT value FROM json_each(?)) AND source_document IS NOT NULL",
                                        arguments: [TaxonomyTables.json(ids)]) {
                documents[row["id"]] = row["source_document"]
            }
            return documents
        }
    }

    /// One active service by the id its source gave it (or Signpost's external id).
    public func activeService(externalID: String) async throws -> (view: ServiceView, sourceDocument: String?)? {
        let context = try context()
        return try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, source_document FROM services WHERE status = 'active' AND (external_id = ?1 OR external_id LIKE '%:' || ?1)
                ORDER BY external_id = ?1 DESC LIMIT 1
                """, arguments: [externalID]) else { return nil }
            let id: Int64 = row["id"]
            return try ServiceViewLoader.load([id], db: db, context: context)[id].map { ($0, row["source_document"]) }
        }
    }
}
