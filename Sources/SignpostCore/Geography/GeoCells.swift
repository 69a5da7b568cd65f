import Foundation

/// Grid cells as search tokens, so "near this place" becomes part of the full-text query and
/// SQLite intersects posting lists instead of Swift scanning every venue in the radius.
///
/// Four levels, each four times coarser (about 4.5 km, 18 km, 71 km and 285 km north–south;
/// longitude cells are 1.6 times wider, roughly square in Britain). Every venue is indexed at
/// every level; a search uses the finest level whose cells cover its box in at most 36 tokens.
public enum GeoCells {
    static let latitudeSizes = [0.04, 0.16, 0.64, 2.56]
    static let longitudeStretch = 1.6
    static let maxCellsPerQuery = 36

    /// Tokens for one venue: one cell per level.
    public static func tokens(for point: GeoPoint) -> [String] {
        (0..<latitudeSizes.count).map { level in
            let (x, y) = index(point.latitude, point.longitude, level: level)
            return token(level: level, x: x, y: y)
        }
    }

    /// Tokens whose cells together cover the circle of `kilometres` around `centre`, at the finest
    /// level that needs few of them; cells of the box's corners that the circle misses are left out.
    public static func covering(_ centre: GeoPoint, kilometres: Double) -> [String] {
        let box = centre.boundingBox(kilometres: kilometres)
        for level in 0..<latitudeSizes.count {
            let (x0, y0) = index(box.minLatitude, box.minLongitude, level: level)
            let (x1, y1) = index(box.maxLatitude, box.maxLongitude, level: level)
            let count = (x1 - x0 + 1) * (y1 - y0 + 1)
            if count <= maxCellsPerQuery || level == latitudeSizes.count - 1 {
                let height = latitudeSizes[level], width = height * longitudeStretch
                var tokens: [String] = []
                for x in x0...x1 {
                    for y in y0...y1 {
                        // The cell's point nearest the centre must lie within the circle.
                        let south = Double(y) * height - 90, west = Double(x) * width - 180
                        let nearest = GeoPoint(latitude: min(max(centre.latitude, south), south + height),
                                               longitude: min(max(centre.longitude, west), west + width))
                        if nearest.distanceKilometres(to: centre) <= kilometres { tokens.append(token(level: level, x: x, y: y)) }
                    }
                }
                return tokens
            }
        }
        return []
    }

    static func index(_ latitude: Double, _ longitude: Double, level: Int) -> (Int, Int) {
        let size = latitudeSizes[level]
        return (Int(((longitude + 180) / (size * longitudeStretch)).rounded(.down)), Int(((latitude + 90) / size).rounded(.down)))
    }

    // Ends in a digit, so the porter stemmer leaves it alone.
    static func token(level: Int, x: Int, y: Int) -> String { "zc\(level)x\(x)y\(y)" }

    /// The token for a coverage key ("lad", "S12000042") in the same column.
    public static func areaToken(kind: String, code: String) -> String {
        "za" + kind + code.filter { $0.isLetter || $0.isNumber }.lowercased()
    }

    /// The token that marks a service as tagged with `need`.
    public static func needToken(_ need: String) -> String {
        "zn" + need.filter(\.isLetter)
    }
}
