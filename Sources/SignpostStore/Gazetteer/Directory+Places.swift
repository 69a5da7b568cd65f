import Foundation
import GRDB
import SignpostCore

extension Directory {
    /// Where a postcode (or sector, or district) is, falling back unit → sector → district and
    /// saying which level answered, with its council and nation.
    ///
    /// "DD6 8XX" is unknown as a unit, so sector "DD6 8" answers — in Fife, not Dundee.
    public func resolve(_ query: PostcodeQuery) async throws -> ResolvedPlace {
        let context = try context()
        return try await pool.read { db in try Self.resolve(query, context: context, db: db) }
    }

    static func resolve(_ query: PostcodeQuery, context: SearchContext, db: Database) throws -> ResolvedPlace {
        func council(_ code: String?) -> LocalAuthority? {
            guard let code else { return nil }
            return context.councils[code] ?? LocalAuthority(code: code, name: code)
        }
        func place(_ precision: ResolvedPlace.Precision, _ row: Row, outcode: String, sector: String?) -> ResolvedPlace {
            let lad = council(row["lad_code"])
            return ResolvedPlace(postcode: query.display, precision: precision,
                                 point: GeoPoint(latitude: row["latitude"], longitude: row["longitude"]),
                                 localAuthority: lad, nation: lad?.nation ?? nationFromArea(outcode),
                                 outcode: outcode, sector: sector)
        }
        switch query {
        case .unit(let postcode):
            if let row = try Row.fetchOne(db, sql: "SELECT latitude, longitude, lad_code FROM postcodes WHERE compact = ? AND latitude IS NOT NULL",
                                          arguments: [postcode.compact]) {
                return place(.unit, row, outcode: postcode.outcode, sector: postcode.sector)
            }
            if let row = try sectorRow(postcode.sector, db) {
                return place(.sector, row, outcode: postcode.outcode, sector: postcode.sector)
            }
            if let row = try outcodeRow(postcode.outcode, db) {
                return place(.outcode, row, outcode: postcode.outcode, sector: postcode.sector)
            }
            throw SearchQueryError.postcodeNotFound(postcode.normalised)
        case .sector(let sector):
            let outcode = String(sector.split(separator: " ")[0])
            if let row = try sectorRow(sector, db) { return place(.sector, row, outcode: outcode, sector: sector) }
            if let row = try outcodeRow(outcode, db) { return place(.outcode, row, outcode: outcode, sector: sector) }
            throw SearchQueryError.postcodeNotFound(sector)
        case .outcode(let outcode):
            if let row = try outcodeRow(outcode, db) { return place(.outcode, row, outcode: outcode, sector: nil) }
            throw SearchQueryError.postcodeNotFound(outcode)
        }
    }

    private static func sectorRow(_ sector: String, _ db: Database) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT latitude, longitude, lad_code FROM sectors WHERE sector = ?", arguments: [sector])
    }

    private static func outcodeRow(_ outcode: String, _ db: Database) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT latitude, longitude, lad_code FROM outcodes WHERE outcode = ?", arguments: [outcode])
    }

    /// A place given by coordinates, with the council and nation of the nearest district centre.
    static func nearestPlace(to point: GeoPoint, context: SearchContext, db: Database) throws -> ResolvedPlace {
        var best: (outcode: String, point: GeoPoint, lad: String?)?
        var bestDistance = Double.infinity
        let cosine = cos(point.latitude * .pi / 180)
        for district in context.districts {
            // Equirectangular distance is enough to pick the nearest centre.
            let dLat = district.point.latitude - point.latitude, dLon = (district.point.longitude - point.longitude) * cosine
            let d = dLat * dLat + dLon * dLon
            if d < bestDistance { bestDistance = d; best = district }
        }
        // Beyond ~50 km from any GB district centre we are not in a place we know.
        let near = best.map { $0.point.distanceKilometres(to: point) < 50 } ?? false
        let lad = near ? best?.lad.map { context.councils[$0] ?? LocalAuthority(code: $0, name: $0) } : nil
        let outcode = near ? best?.outcode : nil
        return ResolvedPlace(postcode: nil, precision: .coordinates, point: point, localAuthority: lad,
                             nation: lad?.nation ?? outcode.flatMap(nationFromArea), outcode: outcode, sector: nil)
    }

    /// Postcode areas wholly in one nation, for places the council lookup does not cover.
    static func nationFromArea(_ outcode: String) -> Nation? {
        let area = String(outcode.prefix { $0.isLetter })
        if ["AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "ZE"].contains(area) { return .scotland }
        if area == "BT" { return .northernIreland }
        if ["CF", "LL", "NP", "SA"].contains(area) { return .wales }
        return area.isEmpty ? nil : .england
    }
}
