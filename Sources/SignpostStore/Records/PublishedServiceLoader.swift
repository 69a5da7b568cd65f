import Foundation
import GRDB
import SignpostCore

/// Loads services as the Open Referral endpoints publish them: each `ServiceView` with its HSDS
/// ids, organisation and last change, a page at a time (a few queries, not one per service).
enum PublishedServiceLoader {
    /// The services with these row ids, in the order given; ids that are not active are left out.
    static func load(_ ids: [Int64], db: Database, context: SearchContext) throws -> [PublishedService] {
        guard !ids.isEmpty else { return [] }
        let views = try ServiceViewLoader.load(ids, db: db, context: context)
        let idList = try TaxonomyTables.json(ids)
        var links: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, oruk_id FROM locations WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY id"),
                                    arguments: [idList]) {
            links[row[0], default: []].append(row[1] ?? "")
        }
        var published: [Int64: PublishedService] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.id, coalesce(s.oruk_id, ''), s.updated_at, s.source_document, coalesce(o.oruk_id, ''), o.name, o.description, o.url, o.email,
                   json_extract(s.source_document, '$.organization'), s.external_id, o.external_id
            FROM services s JOIN organisations o ON o.id = s.organisation_id
            WHERE s.id IN (SELECT value FROM json_each(?)) AND s.status = 'active'
            """), arguments: [idList]) {
            let id: Int64 = row[0]
            guard let view = views[id] else { continue }
            let serviceID: String = row[1], organisationID: String = row[4]
            let organization = PublishedOrganization(
                id: organisationID.isEmpty ? StableUUID.make(row[11]) : organisationID, name: row[5], description: row[6],
                url: row[7], email: row[8], sourceDocument: row[9])
            published[id] = PublishedService(view: view, id: serviceID.isEmpty ? StableUUID.make(row[10]) : serviceID,
                                             organization: organization, locationIDs: links[id] ?? [],
                                             lastModified: row[2], sourceDocument: row[3])
        }
        return ids.compactMap { published[$0] }
    }
}
