import Foundation
import GRDB
import SignpostCore

/// A literal search for replaying one workload on several engines and checking the answers
/// against brute force: every term is a word of the name or description, the service has the
/// need, it lies within the radius; ordered by distance (then id), top `limit`, plus the total.
///
/// "Is a word" means equal to a token of `TextNormaliser.words` (lower case, split on anything
/// that is not a letter or digit). FTS5 (porter) finds a superset; each hit is then checked.
public struct StrictQuery: Sendable {
    public var terms: [String]
    public var need: String?
    public var point: GeoPoint
    public var radiusKilometres: Double
    public var limit: Int

    public init(terms: [String], need: String?, point: GeoPoint, radiusKilometres: Double, limit: Int = 20) {
        self.terms = terms
        self.need = need
        self.point = point
        self.radiusKilometres = radiusKilometres
        self.limit = limit
    }
}

extension Directory {
    public func strictSearch(_ query: StrictQuery) async throws -> (total: Int, ids: [String]) {
        try await pool.read { db in try Self.strictSearch(query, db: db) }
    }

    static func strictSearch(_ query: StrictQuery, db: Database) throws -> (total: Int, ids: [String]) {
        let terms = query.terms.flatMap(TextNormaliser.words)
        let box = query.point.boundingBox(kilometres: query.radiusKilometres)
        var distances: [Int64: Double] = [:]
        // Overlap, not containment: the R*Tree stores 32-bit boxes rounded outwards.
        for row in try Row.fetchAll(db, sql: """
            SELECT l.service_id, l.latitude, l.longitude FROM location_geo g JOIN locations l ON l.id = g.id
            WHERE g.max_lat >= ?1 AND g.min_lat <= ?2 AND g.max_lon >= ?3 AND g.min_lon <= ?4
            """, arguments: [box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude]) {
            let d = query.point.distanceKilometres(to: GeoPoint(latitude: row["latitude"], longitude: row["longitude"]))
            guard d <= query.radiusKilometres else { continue }
            let id: Int64 = row["service_id"]
            distances[id] = min(distances[id] ?? .infinity, d)
        }
        guard !distances.isEmpty else { return (0, []) }
        let ids = try TaxonomyTables.json(Array(distances.keys))
        var sql = "SELECT s.id, s.external_id, s.name, s.description FROM services s WHERE s.id IN (SELECT value FROM json_each(?)) AND s.status = 'active'"
        var arguments: StatementArguments = [ids]
        if let need = query.need {
            sql += " AND EXISTS (SELECT 1 FROM service_needs n WHERE n.service_id = s.id AND n.need = ?)"
            arguments += [need]
        }
        if let pattern = FTSPattern.all(terms.map { [$0] }) {
            sql += " AND s.id IN (SELECT rowid FROM services_fts WHERE services_fts MATCH ?)"
            arguments += [pattern]
        }
        var hits: [(id: Int64, external: String, distance: Double)] = []
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            if !terms.isEmpty {
                let words = Set(TextNormaliser.words((row["name"] as String) + " " + (row["description"] as String)))
                guard terms.allSatisfy(words.contains) else { continue }
            }
            let id: Int64 = row["id"]
            hits.append((id, row["external_id"], distances[id]!))
        }
        hits.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.external < $1.external }
        return (hits.count, hits.prefix(query.limit).map(\.external))
    }
}
