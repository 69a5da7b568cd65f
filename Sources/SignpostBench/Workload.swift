import Foundation
import GRDB
import SignpostCore
import SignpostStore

/// The replayable workload format, so the same data and queries can be run on other engines and
/// the answers compared with brute force.
///
/// Data: one service per line, `{"id","name","description","needs":[slugs],"lat","lon"}`.
/// Queries: `[{"qid","terms":[words],"need","lat","lon","radius_km"}]`.
/// Answers: `[{"qid","total","ids":[…]}]`.
enum Workload {
    struct DataLine: Codable {
        var id: String
        var name: String
        var description: String
        var needs: [String]
        var lat: Double
        var lon: Double
    }

    struct Query: Codable {
        var qid: String
        var terms: [String]
        var need: String?
        var lat: Double
        var lon: Double
        var radius_km: Double
    }

    struct Answer: Codable {
        var qid: String
        var total: Int
        var ids: [String]
    }

    static func readData(_ path: String) throws -> [ServiceRecord] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records: [ServiceRecord] = []
        let decoder = JSONDecoder()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let item: DataLine
            do { item = try decoder.decode(DataLine.self, from: Data(line.utf8)) } catch {
                throw BenchError("\(path) line \(number + 1): \(error)")
            }
            var record = ServiceRecord(
                externalID: item.id, organisation: OrganisationRecord(externalID: "data-org", name: "Replayed data"),
                name: item.name, description: item.description, needs: item.needs,
                locations: [LocationRecord(point: GeoPoint(latitude: item.lat, longitude: item.lon))])
            record.inferNeeds = false
            records.append(record)
        }
        return records
    }

    static func readQueries(_ path: String) throws -> [Query] {
        try JSONDecoder().decode([Query].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func write<T: Encodable>(_ value: T, to path: String) throws {
        try JSONOutput.encoder().encode(value).write(to: URL(fileURLWithPath: path))
    }

    /// Writes every placed service as stored (its needs as tagged, however they were derived).
    static func writeData(from directory: Directory, to path: String) async throws {
        let lines = try await directory.pool.read { db -> [DataLine] in
            try Row.fetchAll(db, sql: """
                SELECT s.external_id, s.name, s.description, l.latitude, l.longitude,
                       (SELECT json_group_array(need) FROM service_needs n WHERE n.service_id = s.id) AS needs
                FROM services s JOIN locations l ON l.service_id = s.id
                WHERE s.status = 'active' AND l.latitude IS NOT NULL GROUP BY s.id ORDER BY s.id
                """).map { row in
                DataLine(id: row["external_id"], name: row["name"], description: row["description"],
                         needs: try JSONDecoder().decode([String].self, from: Data((row["needs"] as String).utf8)),
                         lat: row["latitude"], lon: row["longitude"])
            }
        }
        let encoder = JSONOutput.encoder()
        var out = Data()
        for line in lines { out += try encoder.encode(line) + Data("\n".utf8) }
        try out.write(to: URL(fileURLWithPath: path))
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
