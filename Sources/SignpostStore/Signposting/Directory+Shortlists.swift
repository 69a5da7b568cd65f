import Foundation
import GRDB
import SignpostCore

extension Directory {
    /// Stores a shortlist of active services and returns it with an unguessable id. Expired
    /// shortlists are deleted on the way, so nothing outlives its 30 days for long.
    public func createShortlist(_ picks: [Shortlist.Pick]) async throws -> Shortlist {
        let taxonomy = try taxonomy()
        var seen = Set<Int64>()
        let unique = picks.filter { seen.insert($0.serviceID).inserted }
        guard !unique.isEmpty else { throw ShortlistError.empty }
        guard unique.count <= Shortlist.maxEntries else { throw ShortlistError.tooMany(Shortlist.maxEntries) }
        for pick in unique {
            if let need = pick.need, taxonomy.need(need) == nil { throw ShortlistError.unknownNeed(need) }
        }
        let created = clock()
        let expires = created.addingTimeInterval(Double(Shortlist.lifetimeDays) * 86_400)
        let id = Shortlist.newID()
        try await pool.write { db in
            let active = Set(try Int64.fetchAll(db, sql: "SELECT id FROM services WHERE status = 'active' AND id IN (SELECT value FROM json_each(?))",
                                                arguments: [TaxonomyTables.json(unique.map(\.serviceID))]))
            if let missing = unique.first(where: { !active.contains($0.serviceID) }) { throw ShortlistError.unknownService(missing.serviceID) }
            try db.execute(sql: "DELETE FROM shortlists WHERE expires_at <= ?", arguments: [Self.timestamp(created)])
            try db.execute(sql: "INSERT INTO shortlists (id, created_at, expires_at, picks) VALUES (?, ?, ?, ?)",
                           arguments: [id, Self.timestamp(created), Self.timestamp(expires), TaxonomyTables.json(unique)])
        }
        guard let shortlist = try await shortlist(id: id) else { throw ShortlistError.empty }
        return shortlist
    }

    /// A shortlist with its services as they are now; nil when the id is unknown or expired.
    /// A service withdrawn since is kept as an entry without a service, so the page can say so.
    public func shortlist(id: String) async throws -> Shortlist? {
        guard Shortlist.isWellFormedID(id) else { return nil }
        let context = try context()
        let now = Self.timestamp(clock())
        return try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT created_at, expires_at, picks FROM shortlists WHERE id = ? AND expires_at > ?",
                                             arguments: [id, now]) else { return nil }
            let picks = try JSONDecoder().decode([Shortlist.Pick].self, from: Data((row[2] as String).utf8))
            let views = try ServiceViewLoader.load(picks.map(\.serviceID), db: db, context: context)
            let entries = picks.map { pick in
                Shortlist.Entry(serviceID: pick.serviceID, need: pick.need, needName: pick.need.flatMap { context.taxonomy.need($0)?.name },
                                service: views[pick.serviceID].flatMap { $0.status == .active ? $0 : nil })
            }
            return Shortlist(id: id, createdAt: row[0], expiresAt: row[1], entries: entries)
        }
    }
}
