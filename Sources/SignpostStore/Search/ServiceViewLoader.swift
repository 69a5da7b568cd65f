import Foundation
import GRDB
import SignpostCore

/// Loads services as `ServiceView`s, a page at a time (a handful of queries, not one per service).
enum ServiceViewLoader {
    static func load(_ ids: [Int64], db: Database, context: SearchContext) throws -> [Int64: ServiceView] {
        guard !ids.isEmpty else { return [:] }
        let idList = try TaxonomyTables.json(ids)
        var locations: [Int64: [ServiceView.Location]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, service_id, name, address, postcode, latitude, longitude FROM locations WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY id"), arguments: [idList]) {
            locations[row[1], default: []].append(.init(name: row[2], address: row[3], postcode: row[4], latitude: row[5], longitude: row[6]))
        }
        var schedules: [Int64: [ScheduleRecord]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, days, opens, closes, note FROM schedules WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY id"), arguments: [idList]) {
            schedules[row[0], default: []].append(.init(days: (row[1] as String).split(separator: ",").map(String.init),
                                                         opens: row[2], closes: row[3], note: row[4]))
        }
        let needOrder = Dictionary(uniqueKeysWithValues: context.taxonomy.needs.enumerated().map { ($1.slug, $0) })
        var needs: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, need FROM service_needs WHERE service_id IN (SELECT value FROM json_each(?))"), arguments: [idList]) {
            needs[row[0], default: []].append(row[1])
        }
        var kinds: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, kind FROM service_kind_tags WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY origin DESC, kind"), arguments: [idList]) {
            kinds[row[0], default: []].append(row[1])
        }
        var areas: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, label FROM service_areas WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY kind DESC, code"), arguments: [idList]) {
            areas[row[0], default: []].append(row[1])
        }
        var views: [Int64: ServiceView] = [:]
        // Read by position: this runs for every page of results.
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.id, s.external_id, s.name, s.description, s.organisation_id, o.name, o.url, s.phone, s.email, s.url, s.cost,
                   s.delivery, s.wheelchair_access, s.languages, s.eligibility, s.service_area, s.national, s.opening_hours,
                   s.last_verified_at, s.status, s.source, s.coverage_radius_km
            FROM services s JOIN organisations o ON o.id = s.organisation_id
            WHERE s.id IN (SELECT value FROM json_each(?))
            """), arguments: [idList]) {
            let id: Int64 = row[0]
            var coverage = areas[id] ?? []
            if let radius = row[21] as Double? { coverage.append("\(Int(radius.rounded())) km around its venues") }
            views[id] = ServiceView(
                id: id, externalID: row[1], name: row[2], description: row[3],
                organisation: .init(id: row[4], name: row[5], url: row[6]),
                needs: (needs[id] ?? []).sorted { needOrder[$0, default: 99] < needOrder[$1, default: 99] },
                serviceKinds: kinds[id] ?? [], locations: locations[id] ?? [], phone: row[7], email: row[8],
                url: row[9], cost: row[10], delivery: ListColumn.decode(row[11]), wheelchairAccess: row[12],
                languages: ListColumn.decode(row[13]), eligibility: row[14], serviceArea: row[15], coverage: coverage,
                national: row[16], openingHours: row[17], schedules: schedules[id] ?? [], lastVerifiedAt: row[18],
                status: ServiceStatus(rawValue: row[19]) ?? .inactive, source: row[20])
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
