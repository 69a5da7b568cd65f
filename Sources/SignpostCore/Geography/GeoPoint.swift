import Foundation

/// A WGS84 position.
public struct GeoPoint: Hashable, Codable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// True for a position a person could be at: the NSPL uses 99.999999 and 0 for "no position".
    public var isPlausible: Bool {
        (-90...90).contains(latitude) && (-180...180).contains(longitude) && !(latitude == 0 && longitude == 0)
    }

    /// Great-circle distance in kilometres (haversine, mean Earth radius).
    public func distanceKilometres(to other: GeoPoint) -> Double {
        let r = 6371.0088
        let φ1 = latitude * .pi / 180, φ2 = other.latitude * .pi / 180
        let dφ = φ2 - φ1, dλ = (other.longitude - longitude) * .pi / 180
        let a = sin(dφ / 2) * sin(dφ / 2) + cos(φ1) * cos(φ2) * sin(dλ / 2) * sin(dλ / 2)
        return 2 * r * asin(min(1, sqrt(a)))
    }

    /// A box that contains every point within `kilometres`, for an index pre-filter.
    /// Exact on the same sphere as `distanceKilometres` (Matuschek's formula), with a hair of
    /// margin for rounding: a box from ellipsoid degree lengths was ~0.1% too narrow east–west,
    /// dropping the odd service that lay just inside the radius.
    public func boundingBox(kilometres: Double) -> BoundingBox {
        let angular = kilometres / 6371.0088
        let dLat = angular * 180 / .pi * 1.000_001
        let spread = sin(min(angular, .pi / 2)) / max(0.01, cos(latitude * .pi / 180))
        let dLon = spread >= 1 ? 180 : asin(spread) * 180 / .pi * 1.000_001
        return BoundingBox(minLatitude: latitude - dLat, maxLatitude: latitude + dLat,
                           minLongitude: longitude - dLon, maxLongitude: longitude + dLon)
    }
}

public struct BoundingBox: Hashable, Sendable {
    public var minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double

    public init(minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double) {
        self.minLatitude = minLatitude
        self.maxLatitude = maxLatitude
        self.minLongitude = minLongitude
        self.maxLongitude = maxLongitude
    }

    public func contains(_ point: GeoPoint) -> Bool {
        (minLatitude...maxLatitude).contains(point.latitude) && (minLongitude...maxLongitude).contains(point.longitude)
    }
}
