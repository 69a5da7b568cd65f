import Foundation
import GRDB
import SignpostCore

/// Loads services as `ServiceView`s, a page at a time (a handful of queries, not one per service).
enum ServiceViewLoader {
    static func load(_ ids: [Int64], db: Database, context: SearchContext) throws -> [Int64: ServiceView] {
        guard !ids.isEmpty else { return [:] }
        let idList = try TaxonomyTables.json(ids)
        var locations: [Int64: [ServiceView.Location]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM locations WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY id"), arguments: [idList]) {
            locations[row["service_id"], default: []].append(.init(name: row["name"], address: row["address"], postcode: row["postcode"],
                                                                     latitude: row["latitude"], longitude: row["longitude"]))
        }
        var schedules: [Int64: [ScheduleRecord]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM schedules WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY id"), arguments: [idList]) {
            schedules[row["service_id"], default: []].append(.init(days: (row["days"] as String).split(separator: ",").map(String.init),
                                                                    opens: row["opens"], closes: row["closes"], note: row["note"]))
        }
        let needOrder = Dictionary(uniqueKeysWithValues: context.taxonomy.needs.enumerated().map { ($1.slug, $0) })
        var needs: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, need FROM service_needs WHERE service_id IN (SELECT value FROM json_each(?))"), arguments: [idList]) {
            needs[row["service_id"], default: []].append(row["need"])
        }
        var kinds: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, kind FROM service_kind_tags WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY origin DESC, kind"), arguments: [idList]) {
            kinds[row["service_id"], default: []].append(row["kind"])
        }
        var areas: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, label FROM service_areas WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY kind DESC, code"), arguments: [idList]) {
            areas[row["service_id"], default: []].append(row["label"])
        }
        var views: [Int64: ServiceView] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.*, o.name AS org_name, o.url AS org_url FROM services s JOIN organisations o ON o.id = s.organisation_id
            WHERE s.id IN (SELECT value FROM json_each(?))
            """), arguments: [idList]) {
            let id: Int64 = row["id"]
            var coverage = areas[id] ?? []
            if let radius: Double = row["coverage_radius_km"] { coverage.append("\(Int(radius.rounded())) km around its venues") }
            views[id] = ServiceView(
                id: id, externalID: row["external_id"], name: row["name"], description: row["description"],
                organisation: .init(id: row["organisation_id"], name: row["org_name"], url: row["org_url"]),
                needs: (needs[id] ?? []).sorted { needOrder[$0, default: 99] < needOrder[$1, default: 99] },
                serviceKinds: kinds[id] ?? [], locations: locations[id] ?? [], phone: row["phone"], email: row["email"],
                url: row["url"], cost: row["cost"], delivery: try TaxonomyTables.decode(row["delivery"]),
                wheelchairAccess: row["wheelchair_access"], languages: try TaxonomyTables.decode(row["languages"]),
                eligibility: row["eligibility"], serviceArea: row["service_area"], coverage: coverage, national: row["national"],
                openingHours: row["opening_hours"], schedules: schedules[id] ?? [], lastVerifiedAt: row["last_verified_at"],
                status: ServiceStatus(rawValue: row["status"]) ?? .inactive, source: row["source"])
        }
        return views
    }
}

extension Directory {
    /// One service by id; nil when there is none. Inactive and withdrawn services are returned
    /// only when `includeHidden` (managers need them; residents never see them).
    public func service(id: Int64, includeHidden: Bool = false) async throws -> ServiceView? {
        let context = try context()
        let view = try await pool.read { db in try ServiceViewLoader.load([id], db: db, context: context)[id] }
        guard let view, includeHidden || view.status == .active else { return nil }
        return view
    }
}
