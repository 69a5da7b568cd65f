import GRDB
import SignpostCore

/// Drops candidates that fail the resident's filters (open now, free, delivery, wheelchair,
/// language), after gathering and before ranking, so totals and paging count only what is shown.
enum SearchFilterPass {
    static func apply(_ filters: SearchFilters, to candidates: inout [Int64: Candidate], db: Database) throws {
        guard !candidates.isEmpty else { return }
        let ids = TaxonomyTables.json(Array(candidates.keys))
        var schedules: [Int64: [ScheduleRecord]] = [:]
        if filters.openAt != nil {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, days, opens, closes FROM schedules WHERE service_id IN (SELECT value FROM json_each(?))"),
                                        arguments: [ids]) {
                schedules[row[0], default: []].append(.init(days: (row[1] as String).split(separator: ",").map(String.init),
                                                             opens: row[2], closes: row[3]))
            }
        }
        var keep = Set<Int64>()
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, cost, delivery, wheelchair_access, languages, updated_at,
                   (SELECT count(*) FROM service_needs n WHERE n.service_id = services.id)
            FROM services WHERE id IN (SELECT value FROM json_each(?))
            """),
                                    arguments: [ids]) {
            let id: Int64 = row[0]
            let facts = SearchFilters.Facts(cost: row[1], delivery: ListColumn.decode(row[2]), wheelchairAccess: row[3],
                                            languages: ListColumn.decode(row[4]), schedules: schedules[id] ?? [],
                                            updatedAt: row[5], needCount: row[6])
            if filters.accepts(facts) { keep.insert(id) }
        }
        candidates = candidates.filter { keep.contains($0.key) }
    }
}
