import Foundation
import Testing
@testable import SignpostCore

@Suite("Bounding boxes")
struct BoundingBoxTests {
    /// The point `kilometres` from `start` on `bearing` (degrees), on the sphere `distanceKilometres` uses.
    func destination(_ start: GeoPoint, kilometres: Double, bearing: Double) -> GeoPoint {
        let δ = kilometres / 6371.0088, θ = bearing * .pi / 180
        let φ1 = start.latitude * .pi / 180, λ1 = start.longitude * .pi / 180
        let φ2 = asin(sin(φ1) * cos(δ) + cos(φ1) * sin(δ) * cos(θ))
        let λ2 = λ1 + atan2(sin(θ) * sin(δ) * cos(φ1), cos(δ) - sin(φ1) * sin(φ2))
        return GeoPoint(latitude: φ2 * 180 / .pi, longitude: λ2 * 180 / .pi)
    }

    @Test("every point within the radius lies inside the box, at UK latitudes and beyond, whatever the bearing")
    func containsTheCircle() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let centre = GeoPoint(latitude: Double.random(in: 49...61, using: &random), longitude: Double.random(in: -8...2, using: &random))
            let radius = Double.random(in: 0.5...200, using: &random)
            let box = centre.boundingBox(kilometres: radius)
            for bearing in stride(from: 0.0, to: 360, by: 7.5) {
                let edge = destination(centre, kilometres: radius * 0.999_999, bearing: bearing)
                #expect(centre.distanceKilometres(to: edge) <= radius)
                #expect((box.minLatitude...box.maxLatitude).contains(edge.latitude) && (box.minLongitude...box.maxLongitude).contains(edge.longitude),
                        "centre \(centre) radius \(radius) bearing \(bearing)")
            }
        }
    }

    @Test("the box is tight: a point just outside it east or north is beyond the radius")
    func tight() {
        let centre = GeoPoint(latitude: 56.46, longitude: -2.97)
        let box = centre.boundingBox(kilometres: 10)
        #expect(centre.distanceKilometres(to: GeoPoint(latitude: box.maxLatitude + 0.0005, longitude: centre.longitude)) > 10)
        #expect(centre.distanceKilometres(to: GeoPoint(latitude: centre.latitude, longitude: box.maxLongitude + 0.001)) > 10)
    }
}
