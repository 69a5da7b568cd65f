import Foundation
import Testing
import TestSupport
import SignpostCore
@testable import SignpostStore

/// The benchmark's literal mode must give exactly the brute-force answer.
@Suite("Strict search (benchmark replay)")
struct StrictSearchTests {
    @Test("strict answers equal a brute-force scan: every term, the need, within the radius, by distance, top N")
    func bruteForce() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        var random = SystemRandomNumberGenerator()
        let words = ["tea", "garden", "walking", "benefits", "lunch", "advice", "knitting", "music"]
        let needs = ["money", "food", "loneliness"]
        var records: [ServiceRecord] = []
        for i in 0..<400 {
            let point = GeoPoint(latitude: 56.40 + Double.random(in: 0..<0.2, using: &random), longitude: -3.1 + Double.random(in: 0..<0.3, using: &random))
            let text = (0..<6).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            var record = ServiceRecord(externalID: String(format: "s%03d", i), organisation: .init(externalID: "o", name: "O"),
                                       name: "Service \(i)", description: text, needs: [needs[i % 3]],
                                       locations: [LocationRecord(point: point)])
            record.inferNeeds = false
            records.append(record)
        }
        _ = try await directory.upsert(records)
        for _ in 0..<40 {
            let centre = GeoPoint(latitude: 56.5, longitude: -2.95)
            let terms = [words.randomElement(using: &random)!] + (Bool.random(using: &random) ? [words.randomElement(using: &random)!] : [])
            let need = Bool.random(using: &random) ? needs.randomElement(using: &random) : nil
            let radius = Double.random(in: 2...15, using: &random)
            let expected = records.compactMap { r -> (Double, String)? in
                let d = centre.distanceKilometres(to: r.locations[0].point!)
                guard d <= radius, need.map(r.needs.contains) ?? true,
                      terms.allSatisfy(Set(TextNormaliser.words(r.name + " " + r.description)).contains) else { return nil }
                return (d, r.externalID)
            }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            let answer = try await directory.strictSearch(StrictQuery(terms: terms, need: need, point: centre, radiusKilometres: radius, limit: 20))
            #expect(answer.total == expected.count)
            #expect(answer.ids == expected.prefix(20).map(\.1))
        }
    }
}

@Suite("Top-k selection")
struct TopKTests {
    @Test("keeps exactly the best k, in order, whatever the input order")
    func best() {
        for _ in 0..<50 {
            let values = (0..<Int.random(in: 0...300)).map { _ in Int.random(in: 0...100) }
            let k = Int.random(in: 0...40)
            var top = TopK<Int>(capacity: k, before: >)
            for v in values { top.insert(v) }
            #expect(top.sorted() == Array(values.sorted(by: >).prefix(k)))
        }
    }
}
