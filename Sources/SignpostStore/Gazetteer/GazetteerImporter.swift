import Foundation
import GRDB
import SignpostCore

/// Imports postcode geography from CSV files, recognising each file by its header *names*, never
/// by column position (ONS renamed almost every column in 2025).
///
/// Understood shapes:
/// - ONSPD / NSPL (any vintage): `pcds`|`pcd`|`pcd7`|`pcd8`, `lat`, `long`, optional LA
///   (`lad25cd`, `laua`, `oslaua`, …), `doterm`.
/// - The sample's `Postcode,lat,long` (collapsed spacing, blank latitude for "no position").
/// - Derived lookups: `postcode,lad_code,…`, `sector,latitude,…`, `sector,lad_code,…`,
///   `outcode,latitude,…`, `outcode,lad_code,…`, `lad_code,lad_name,nation,aliases`.
public struct GazetteerImporter {
    public struct Summary: Sendable, CustomStringConvertible {
        public var file: String
        public var kind: String
        public var imported = 0
        public var skipped = 0
        public var reasons: [String: Int] = [:]

        public var description: String {
            let why = reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            return "\(file): \(kind), \(imported) rows imported, \(skipped) skipped\(why.isEmpty ? "" : " (\(why))")"
        }
    }

    enum FileKind: String {
        case units = "unit postcodes", postcodeLAD = "postcode → council lookup", sectorCentroids = "sector centroids"
        case sectorLAD = "sector → council lookup", outcodeCentroids = "district centroids"
        case outcodeLAD = "district → council lookup", councils = "council names"
    }

    let directory: Directory
    let batchSize = 20_000

    public init(directory: Directory) { self.directory = directory }

    /// Imports one file. After unit postcodes, sector and district centroids are recomputed for
    /// the districts the file touched.
    public func importFile(_ path: String, recomputeCentroids: Bool = true, progress: ((Int) -> Void)? = nil) async throws -> Summary {
        var reader = try CSVReader(path: path)
        guard let header = reader.next() else { throw StoreError.importFailed("\(path) is empty") }
        let columns = HeaderMap(header)
        guard let kind = columns.kind else {
            throw StoreError.importFailed("\(path): header not recognised (\(header.prefix(8).joined(separator: ","))…); expected an ONSPD/NSPL file or a Signpost lookup")
        }
        var summary = Summary(file: (path as NSString).lastPathComponent, kind: kind.rawValue)
        var touched = Set<String>()
        var batch: [[String]] = []
        func flush() async throws {
            let rows = batch
            batch.removeAll(keepingCapacity: true)
            let result = try await directory.pool.write { db in try Self.write(rows, kind: kind, columns: columns, db: db) }
            summary.imported += result.imported
            summary.skipped += result.skipped
            for (k, v) in result.reasons { summary.reasons[k, default: 0] += v }
            touched.formUnion(result.outcodes)
            progress?(summary.imported + summary.skipped)
        }
        while let row = reader.next() {
            if row.count == 1 && row[0].isEmpty { continue }
            batch.append(row)
            if batch.count >= batchSize { try await flush() }
        }
        if !batch.isEmpty { try await flush() }
        if kind == .units && recomputeCentroids && !touched.isEmpty {
            let outcodes = touched
            try await directory.pool.write { db in try Self.recomputeCentroids(for: outcodes, db: db) }
        }
        if kind == .councils || kind == .outcodeCentroids { directory.invalidateContext() }
        return summary
    }

    struct BatchResult { var imported = 0, skipped = 0, reasons: [String: Int] = [:], outcodes = Set<String>() }

    static func write(_ rows: [[String]], kind: FileKind, columns: HeaderMap, db: Database) throws -> BatchResult {
        var result = BatchResult()
        func skip(_ reason: String) { result.skipped += 1; result.reasons[reason, default: 0] += 1 }
        switch kind {
        case .units:
            let statement = try db.cachedStatement(sql: """
                INSERT INTO postcodes (compact, postcode, latitude, longitude, lad_code, terminated) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(compact) DO UPDATE SET postcode = excluded.postcode, latitude = excluded.latitude,
                    longitude = excluded.longitude, lad_code = coalesce(excluded.lad_code, postcodes.lad_code),
                    terminated = excluded.terminated
                """)
            for row in rows {
                guard let raw = columns.value(row, columns.postcode), let postcode = try? Postcode(raw) else { skip("not a postcode"); continue }
                let point = columns.point(row)
                let lad = columns.value(row, columns.lad).flatMap { Nation(gssCode: $0) == nil ? nil : $0 }
                let terminated = columns.value(row, columns.terminated)
                try statement.execute(arguments: [postcode.compact, postcode.normalised, point?.latitude, point?.longitude, lad, terminated])
                if point == nil { result.reasons["no position (kept, not placed)", default: 0] += 1 }
                result.imported += 1
                result.outcodes.insert(postcode.outcode)
            }
        case .postcodeLAD:
            let statement = try db.cachedStatement(sql: "UPDATE postcodes SET lad_code = ? WHERE compact = ?")
            for row in rows {
                guard let raw = columns.value(row, columns.postcode), let postcode = try? Postcode(raw),
                      let lad = columns.value(row, columns.lad) else { skip("not a postcode"); continue }
                try statement.execute(arguments: [lad, postcode.compact])
                if db.changesCount == 0 { skip("postcode not in gazetteer") } else { result.imported += 1 }
            }
        case .sectorCentroids, .outcodeCentroids:
            let table = kind == .sectorCentroids ? "sectors" : "outcodes"
            let key = kind == .sectorCentroids ? "sector" : "outcode"
            let statement = try db.cachedStatement(sql: """
                INSERT INTO \(table) (\(key), latitude, longitude, units) VALUES (?, ?, ?, ?)
                ON CONFLICT(\(key)) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude, units = excluded.units
                """)
            for row in rows {
                guard let code = columns.value(row, columns.area)?.uppercased(), let point = columns.point(row) else { skip("no position"); continue }
                try statement.execute(arguments: [code, point.latitude, point.longitude, columns.value(row, columns.units).flatMap(Int.init)])
                result.imported += 1
            }
        case .sectorLAD, .outcodeLAD:
            let table = kind == .sectorLAD ? "sectors" : "outcodes"
            let key = kind == .sectorLAD ? "sector" : "outcode"
            let share = kind == .outcodeLAD ? ", lad_share = ?" : ""
            let statement = try db.cachedStatement(sql: "UPDATE \(table) SET lad_code = ?\(share) WHERE \(key) = ?")
            for row in rows {
                guard let code = columns.value(row, columns.area)?.uppercased() else { skip("no code"); continue }
                guard let lad = columns.value(row, columns.lad) else { skip("no council"); continue }
                if kind == .outcodeLAD {
                    try statement.execute(arguments: [lad, columns.value(row, columns.share).flatMap(Double.init), code])
                } else {
                    try statement.execute(arguments: [lad, code])
                }
                if db.changesCount == 0 { skip("area not in gazetteer") } else { result.imported += 1 }
            }
        case .councils:
            let statement = try db.cachedStatement(sql: """
                INSERT INTO lads (code, name, nation, aliases) VALUES (?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET name = excluded.name, nation = excluded.nation, aliases = excluded.aliases
                """)
            for row in rows {
                guard let code = columns.value(row, columns.lad), let name = columns.value(row, columns.ladName) else { skip("no code or name"); continue }
                let nation = Nation(gssCode: code)?.rawValue
                try statement.execute(arguments: [code, name, nation, columns.value(row, columns.aliases) ?? ""])
                result.imported += 1
            }
        }
        return result
    }

    /// Sector and district centroids as the mean of their live, placed units (as postcodes.io
    /// builds its outcodes), each with the council most of its units are in.
    static func recomputeCentroids(for outcodes: Set<String>, db: Database) throws {
        // Units of district "DD1" are the display forms from "DD1 " up to "DD1 ~" (index range scan).
        let live = "latitude IS NOT NULL AND (terminated IS NULL OR terminated = '')"
        for outcode in outcodes {
            let low = outcode + " ", high = outcode + " ~"
            try db.execute(sql: """
                INSERT INTO outcodes (outcode, latitude, longitude, units)
                SELECT ?1, avg(latitude), avg(longitude), count(*) FROM postcodes
                WHERE postcode >= ?2 AND postcode < ?3 AND \(live) HAVING count(*) > 0
                ON CONFLICT(outcode) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude, units = excluded.units
                """, arguments: [outcode, low, high])
            try db.execute(sql: """
                INSERT INTO sectors (sector, latitude, longitude, units)
                SELECT substr(postcode, 1, length(postcode) - 2), avg(latitude), avg(longitude), count(*) FROM postcodes
                WHERE postcode >= ?1 AND postcode < ?2 AND \(live) GROUP BY 1
                ON CONFLICT(sector) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude, units = excluded.units
                """, arguments: [low, high])
            // Council by majority of units, when the units carry one.
            try db.execute(sql: """
                WITH counts AS (SELECT lad_code, count(*) AS n FROM postcodes
                                WHERE postcode >= ?2 AND postcode < ?3 AND lad_code IS NOT NULL GROUP BY lad_code)
                UPDATE outcodes SET lad_code = (SELECT lad_code FROM counts ORDER BY n DESC LIMIT 1),
                    lad_share = (SELECT CAST(max(n) AS REAL) / sum(n) FROM counts)
                WHERE outcode = ?1 AND EXISTS (SELECT 1 FROM counts)
                """, arguments: [outcode, low, high])
            try db.execute(sql: """
                UPDATE sectors SET lad_code = (
                    SELECT p.lad_code FROM postcodes p
                    WHERE p.postcode >= sectors.sector AND p.postcode < sectors.sector || '~' AND p.lad_code IS NOT NULL
                    GROUP BY p.lad_code ORDER BY count(*) DESC LIMIT 1)
                WHERE sector >= ?1 AND sector < ?2 AND EXISTS (
                    SELECT 1 FROM postcodes p WHERE p.postcode >= sectors.sector AND p.postcode < sectors.sector || '~' AND p.lad_code IS NOT NULL)
                """, arguments: [low, high])
        }
    }
}

/// Column positions found by header name, with the aliases of every ONS vintage.
struct HeaderMap {
    let names: [String]
    var postcode: Int?, latitude: Int?, longitude: Int?, lad: Int?, ladName: Int?, terminated: Int?
    var area: Int?, units: Int?, share: Int?, aliases: Int?

    init(_ header: [String]) {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")).lowercased() }
        self.names = names
        func first(_ match: (String) -> Bool) -> Int? { names.firstIndex(where: match) }
        // pcds (display form) is preferred; pcd/pcd7/pcd8 are padded but normalise the same.
        postcode = first { $0 == "pcds" } ?? first { ["pcd", "pcd7", "pcd2", "pcd8", "postcode"].contains($0) }
        latitude = first { ["lat", "latitude"].contains($0) }
        longitude = first { ["long", "lon", "lng", "longitude"].contains($0) }
        lad = first { $0 == "lad_code" || $0 == "oslaua" || $0 == "laua" || $0.range(of: "^lad\\d{2}cd$", options: .regularExpression) != nil }
        ladName = first { $0 == "lad_name" }
        terminated = first { $0 == "doterm" }
        area = first { $0 == "sector" || $0 == "outcode" }
        units = first { $0 == "postcode_units" }
        share = first { $0 == "lad_share" }
        aliases = first { $0 == "aliases" }
    }

    var kind: GazetteerImporter.FileKind? {
        if names.first == "lad_code", ladName != nil { return .councils }
        if let area {
            let isSector = names[area] == "sector"
            if latitude != nil { return isSector ? .sectorCentroids : .outcodeCentroids }
            if lad != nil { return isSector ? .sectorLAD : .outcodeLAD }
            return nil
        }
        if postcode != nil, latitude != nil, longitude != nil { return .units }
        if postcode != nil, lad != nil { return .postcodeLAD }
        return nil
    }

    func value(_ row: [String], _ index: Int?) -> String? {
        guard let index, index < row.count else { return nil }
        let v = row[index].trimmingCharacters(in: .whitespaces)
        return v.isEmpty ? nil : v
    }

    /// A usable position, or nil for the "no grid reference" markers (blank, 99.999999, 0/0).
    func point(_ row: [String]) -> GeoPoint? {
        guard let lat = value(row, latitude).flatMap(Double.init), let lon = value(row, longitude).flatMap(Double.init),
              lat < 90 else { return nil }
        let point = GeoPoint(latitude: lat, longitude: lon)
        return point.isPlausible ? point : nil
    }
}
