import Foundation
import GRDB
import SignpostCore

extension Directory {
    /// A person corrects one field of a service. The edit is kept: later harvests that disagree
    /// record a conflict for review instead of overwriting it.
    public func edit(serviceID: Int64, field: EditableField, value: String?, by editor: String) async throws {
        let writer = ServiceWriter(context: try context(), now: now())
        try await pool.write { db in
            guard let json = try String.fetchOne(db, sql: "SELECT record FROM services WHERE id = ?", arguments: [serviceID]) else {
                throw StoreError.invalidRecord("no service \(serviceID)")
            }
            var record = try JSONDecoder().decode(ServiceRecord.self, from: Data(json.utf8))
            field.set(value, in: &record)
            try db.execute(sql: """
                INSERT INTO manual_edits (service_id, field, value, edited_at, edited_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(service_id, field) DO UPDATE SET value = excluded.value, edited_at = excluded.edited_at, edited_by = excluded.edited_by
                """, arguments: [serviceID, field.rawValue, value, writer.now, editor])
            _ = try writer.write(record, db: db, manual: true)
        }
    }

    public func conflicts(serviceID: Int64? = nil) async throws -> [FieldConflict] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT service_id, field, manual_value, harvested_value, source, status FROM conflicts
                WHERE (? IS NULL OR service_id = ?) ORDER BY id
                """, arguments: [serviceID, serviceID]).map {
                FieldConflict(serviceID: $0["service_id"], field: $0["field"], manualValue: $0["manual_value"],
                              harvestedValue: $0["harvested_value"], source: $0["source"], status: $0["status"])
            }
        }
    }

    /// Earlier versions of a service's record, oldest first.
    public func versions(serviceID: Int64) async throws -> [ServiceRecord] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT record FROM service_versions WHERE service_id = ? ORDER BY id", arguments: [serviceID])
                .map { try JSONDecoder().decode(ServiceRecord.self, from: Data($0.utf8)) }
        }
    }
}
