import Foundation
import Testing
@testable import SignpostCore

@Suite("Grid cells")
struct GeoCellsTests {
    @Test("every point within the radius lies in one of the covering cells", arguments: [1.0, 5, 10, 25, 80, 200])
    func coversTheCircle(radius: Double) {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let centre = GeoPoint(latitude: Double.random(in: 50...58, using: &random), longitude: Double.random(in: -5...1, using: &random))
            let cover = Set(GeoCells.covering(centre, kilometres: radius))
            #expect(!cover.isEmpty && cover.count <= 36 || radius >= 200)
            for _ in 0..<40 {
                let bearing = Double.random(in: 0..<(2 * .pi), using: &random), d = Double.random(in: 0...(radius * 0.999), using: &random)
                let point = GeoPoint(latitude: centre.latitude + d / 111.2 * cos(bearing),
                                     longitude: centre.longitude + d / (111.32 * cos(centre.latitude * .pi / 180)) * sin(bearing))
                guard point.distanceKilometres(to: centre) <= radius else { continue }
                #expect(!cover.isDisjoint(with: GeoCells.tokens(for: point)), "\(point) at \(d) km")
            }
        }
    }

    @Test("tokens are plain words FTS5 and the porter stemmer leave alone")
    func tokens() {
        for token in GeoCells.tokens(for: GeoPoint(latitude: 56.46, longitude: -2.97)) {
            #expect(token.allSatisfy { $0.isLetter || $0.isNumber })
            #expect(token.last!.isNumber)
        }
        #expect(GeoCells.needToken("daily-living") == "zndailyliving")
    }
}
