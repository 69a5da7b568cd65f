import Foundation
import Testing
import TestSupport
@testable import SignpostCore

@Suite("HNA plan")
struct HNAPlanTests {
    static let taxonomy: Taxonomy = {
        try! Taxonomy.decode(Data(contentsOf: Fixtures.seed.appendingPathComponent("taxonomy.json")))
    }()

    @Test("highest score first; ticked after scored; a need appears once, with every concern it answers")
    func order() throws {
        let plan = try HNAPlan(concerns: [HNAConcern(item: "hna.fatigue", score: 6), HNAConcern(item: "hna.loneliness"),
                                          HNAConcern(item: "hna.money_housing", score: 9), HNAConcern(item: "hna.work", score: 6)],
                               taxonomy: Self.taxonomy)
        #expect(plan.needs.map(\.slug) == ["money", "housing", "energy", "food", "fatigue", "work", "loneliness"])
        // hna.work also maps to money: money lists both concerns, the higher first.
        #expect(plan.needs[0].concerns.map(\.item) == ["hna.money_housing", "hna.work"])
        #expect(!plan.urgent)
    }

    @Test("a need slug stands in for an item; score 0 is not a concern")
    func slugsAndZero() throws {
        let plan = try HNAPlan(concerns: [HNAConcern(item: "carers", score: 4), HNAConcern(item: "hna.sleep", score: 0)], taxonomy: Self.taxonomy)
        #expect(plan.needs.map(\.slug) == ["carers"])
        #expect(throws: HNAError.noConcerns) { try HNAPlan(concerns: [HNAConcern(item: "hna.sleep", score: 0)], taxonomy: Self.taxonomy) }
        #expect(throws: HNAError.noConcerns) { try HNAPlan(concerns: [], taxonomy: Self.taxonomy) }
    }

    @Test("safety items put crisis routes first, whatever their score")
    func safety() throws {
        let plan = try HNAPlan(concerns: [HNAConcern(item: "hna.money_housing", score: 9), HNAConcern(item: "hna.fever", score: 2)],
                               taxonomy: Self.taxonomy)
        #expect(plan.urgent)
        #expect(plan.needs.first?.slug == "urgent")
    }

    @Test("unknown items and scores out of range are refused with the item named")
    func errors() {
        #expect(throws: HNAError.unknownItem("hna.nonsense")) { try HNAPlan(concerns: [HNAConcern(item: "hna.nonsense", score: 3)], taxonomy: Self.taxonomy) }
        #expect(throws: HNAError.scoreOutOfRange("hna.fatigue", 11)) { try HNAPlan(concerns: [HNAConcern(item: "hna.fatigue", score: 11)], taxonomy: Self.taxonomy) }
        #expect(throws: HNAError.scoreOutOfRange("hna.fatigue", -1)) { try HNAPlan(concerns: [HNAConcern(item: "hna.fatigue", score: -1)], taxonomy: Self.taxonomy) }
    }

    @Test("shortlist ids are 22 url-safe random characters, never repeating")
    func shortlistIDs() {
        let ids = (0..<1000).map { _ in Shortlist.newID() }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy(Shortlist.isWellFormedID))
        #expect(!Shortlist.isWellFormedID("../../etc/passwd"))
        #expect(!Shortlist.isWellFormedID("short"))
    }
}
