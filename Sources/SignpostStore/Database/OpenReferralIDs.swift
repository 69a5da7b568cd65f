import Foundation
import GRDB
import SignpostCore

/// The ids `/oruk` serves: HSDS wants a UUID for every service, organisation and
/// service_at_location. A record from an Open Referral feed keeps its feed's ids; every other
/// record gets a `StableUUID` of Signpost's own external id, so its id never changes.
enum OpenReferralIDs {
    /// The service_at_location id of a venue Signpost found itself: the `position`th (from 1) of its service.
    static func serviceAtLocation(service: String, position: Int) -> String {
        StableUUID.make("\(service)/service_at_location/\(position)")
    }

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE services ADD COLUMN oruk_id TEXT;
            ALTER TABLE organisations ADD COLUMN oruk_id TEXT;
            ALTER TABLE locations ADD COLUMN oruk_id TEXT;
            """)
        // Existing rows: a feed's ids are in the document it published; the rest are derived.
        for row in try Row.fetchAll(db, sql: "SELECT id, external_id, json_extract(source_document, '$.id') AS fid FROM services") {
            let id: String = (row["fid"] as String?) ?? StableUUID.make(row["external_id"])
            try db.execute(sql: "UPDATE services SET oruk_id = ? WHERE id = ?", arguments: [id, row["id"] as Int64])
            let venues = try Int64.fetchAll(db, sql: "SELECT id FROM locations WHERE service_id = ? ORDER BY id", arguments: [row["id"] as Int64])
            let linked = try String.fetchAll(db, sql: """
                SELECT json_extract(value, '$.id') FROM services, json_each(services.source_document, '$.service_at_locations')
                WHERE services.id = ? AND json_type(value, '$.location') = 'object'
                """, arguments: [row["id"] as Int64])
            for (index, venue) in venues.enumerated() {
                let sal = index < linked.count ? linked[index] : serviceAtLocation(service: id, position: index + 1)
                try db.execute(sql: "UPDATE locations SET oruk_id = ? WHERE id = ?", arguments: [sal, venue])
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT o.id, o.external_id,
                   (SELECT json_extract(s.source_document, '$.organization.id') FROM services s
                    WHERE s.organisation_id = o.id AND s.source_document IS NOT NULL LIMIT 1) AS fid
            FROM organisations o
            """) {
            let id: String = (row["fid"] as String?) ?? StableUUID.make(row["external_id"])
            try db.execute(sql: "UPDATE organisations SET oruk_id = ? WHERE id = ?", arguments: [id, row["id"] as Int64])
        }
        // Not UNIQUE: two feeds may share an organisation's id; a service id shared across
        // sources is refused by ServiceWriter, with a reason, before it gets here.
        try db.execute(sql: """
            CREATE INDEX services_oruk_id ON services(oruk_id);
            CREATE INDEX organisations_oruk_id ON organisations(oruk_id);
            CREATE INDEX locations_oruk_id ON locations(oruk_id);
            CREATE INDEX services_modified ON services(status, updated_at);
            """)
        // Every UPDATE above re-wrote the service's full-text row through the sync triggers; merge
        // the index back into few segments, or searches on an upgraded database stay ~2× slower.
        try db.execute(sql: "INSERT INTO services_fts(services_fts) VALUES('optimize')")
    }
}
