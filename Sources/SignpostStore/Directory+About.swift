import GRDB
import SignpostCore

/// Counts and attribution for `/v1/about` and `signpost db status`.
public struct DirectoryStats: Sendable, Encodable {
    public var services: Int
    public var activeServices: Int
    public var organisations: Int
    public var locations: Int
    public var postcodes: Int
    public var sectors: Int
    public var outcodes: Int
    public var councils: Int
    public var taxonomyVersion: String?
    public var seededAt: String?

    enum CodingKeys: String, CodingKey {
        case services, organisations, locations, postcodes, sectors, outcodes, councils
        case activeServices = "active_services", taxonomyVersion = "taxonomy_version", seededAt = "seeded_at"
    }
}

extension Directory {
    public func stats() async throws -> DirectoryStats {
        try await pool.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return DirectoryStats(
                services: try count("SELECT count(*) FROM services"),
                activeServices: try count("SELECT count(*) FROM services WHERE status = 'active'"),
                organisations: try count("SELECT count(*) FROM organisations"),
                locations: try count("SELECT count(*) FROM locations"),
                postcodes: try count("SELECT count(*) FROM postcodes"),
                sectors: try count("SELECT count(*) FROM sectors"),
                outcodes: try count("SELECT count(*) FROM outcodes"),
                councils: try count("SELECT count(*) FROM lads"),
                taxonomyVersion: try Meta.get("taxonomy_version", db),
                seededAt: try Meta.get("seeded_at", db))
        }
    }

    /// Attribution lines the data's licences require, for the about endpoint and the README.
    public static let dataAttribution: [String] = [
        "Contains OS data © Crown copyright and database right 2025",
        "Contains Royal Mail data © Royal Mail copyright and database right 2025",
        "Source: Office for National Statistics licensed under the Open Government Licence v.3.0",
        "Postcode district and sector centroids and council lookups are derived from the ONS National Statistics Postcode Lookup (May 2025)",
        "Contains Ordnance Survey data © Crown copyright and database right 2014; Contains NRS data © Crown copyright 2014 supplied by National Records of Scotland",
        "Boundary GeoJSON packaging by Martin Chorley (https://github.com/martinjc/UK-GeoJson), CC BY 4.0",
        "Contains data from mySociety's UK Local Authority Names and Codes, licensed under CC BY 4.0",
        "Open Government Licence v3.0: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ]

    /// Whether the database answers at all (for `/healthz`).
    public func ping() async throws {
        _ = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }
}
