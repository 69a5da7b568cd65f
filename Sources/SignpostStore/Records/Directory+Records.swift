import Foundation
import GRDB
import SignpostCore

extension Directory {
    public struct UpsertSummary: Sendable, Equatable, CustomStringConvertible {
        public var created = 0, updated = 0, unchanged = 0
        public var rejected: [String] = []
        public init() {}

        /// Adds another batch's counts and rejections to these.
        public mutating func add(_ other: UpsertSummary) {
            created += other.created
            updated += other.updated
            unchanged += other.unchanged
            rejected += other.rejected
        }
        public var description: String {
            "\(created) created, \(updated) updated, \(unchanged) unchanged, \(rejected.count) rejected"
        }
    }

    /// Stores services, each in its own savepoint so one bad record is rejected with its reason and
    /// never takes the rest of the batch with it.
    public func upsert(_ records: [ServiceRecord]) async throws -> UpsertSummary {
        let writer = ServiceWriter(context: try context(), now: now())
        return try await pool.write { db in
            var summary = UpsertSummary()
            for record in records {
                do {
                    try db.inSavepoint {
                        switch try writer.write(record, db: db).outcome {
                        case .created: summary.created += 1
                        case .updated: summary.updated += 1
                        case .unchanged: summary.unchanged += 1
                        }
                        return .commit
                    }
                } catch let error as StoreError {
                    summary.rejected.append(error.description)
                } catch let error as DatabaseError {
                    summary.rejected.append("\(record.externalID): \(error.message ?? "database error")")
                }
            }
            return summary
        }
    }

    /// Re-derives the need tags of every service whose tags did not come from a person, after the
    /// taxonomy changed.
    func retagAll() async throws {
        let writer = ServiceWriter(context: try context(), now: now())
        try await pool.write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, name, description FROM services")
            for row in rows {
                let id: Int64 = row["id"]
                let kinds = try String.fetchAll(db, sql: "SELECT kind FROM service_kind_tags WHERE service_id = ? AND origin = 'source'", arguments: [id])
                let listed = try String.fetchAll(db, sql: "SELECT need FROM service_needs WHERE service_id = ? AND origin = 'source' AND via = 'listed under this need'", arguments: [id])
                let manual = try String.fetchAll(db, sql: "SELECT need FROM service_needs WHERE service_id = ? AND origin = 'manual'", arguments: [id])
                let record = ServiceRecord(externalID: "", organisation: .init(externalID: "", name: ""), name: row["name"],
                                           description: row["description"], kinds: kinds, needs: listed + manual)
                var tags = writer.needTags(for: record, kinds: kinds)
                for need in manual { tags.needs[need] = (1.0, "manual", "set by hand") }
                try db.execute(sql: "DELETE FROM service_needs WHERE service_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM service_kind_tags WHERE service_id = ? AND origin = 'classifier'", arguments: [id])
                try writer.writeTags(id: id, tags: tags, kinds: [], db: db)
                let needNames = tags.needs.keys.sorted().compactMap { writer.context.taxonomy.need($0)?.name }
                try db.execute(sql: "UPDATE services SET need_tokens = ?, needs_text = ? WHERE id = ?",
                               arguments: [ServiceWriter.needTokens(tags.needs.keys), needNames.joined(separator: " · "), id])
                try db.execute(sql: "UPDATE service_facts SET need_weights = ?, kind_slugs = ? WHERE id = ?",
                               arguments: [ServiceWriter.needWeights(tags, taxonomy: writer.context.taxonomy), (kinds + tags.inferredKinds).joined(separator: ","), id])
            }
        }
    }
}
