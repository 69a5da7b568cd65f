import Testing
@testable import SignpostCore

@Suite("Ranking formula")
struct RankerTests {
    let ranker = Ranker()

    func score(_ s: RankingSignals, urgent: Bool = false, helpline: Bool = false) -> Double {
        ranker.score(s, radiusKilometres: 10, urgentQuery: urgent, wantsHelpline: helpline)
    }

    @Test("of two equally relevant services the nearer ranks higher")
    func nearer() {
        #expect(score(.init(needStrength: 1, distanceKilometres: 1)) > score(.init(needStrength: 1, distanceKilometres: 4)))
    }

    @Test("a need-tagged service beats an incidental word match, even further away")
    func needBeatsWord() {
        let tagged = RankingSignals(needStrength: 1, distanceKilometres: 8, daysSinceVerified: 400)
        let wordOnly = RankingSignals(textScore: 1, distanceKilometres: 0.1, daysSinceVerified: 10)
        #expect(score(tagged) > score(wordOnly))
    }

    @Test("national services rank after comparable local ones unless a helpline is wanted")
    func national() {
        let local = RankingSignals(needStrength: 1, distanceKilometres: 9, daysSinceVerified: 30)
        let national = RankingSignals(needStrength: 1, coversArea: true, national: true, helpline: true, daysSinceVerified: 30)
        #expect(score(local) > score(national))
        #expect(score(local, helpline: true) < score(national, helpline: true) + 1.5)
    }

    @Test("crisis routes go first on urgent searches")
    func urgent() {
        let crisis = RankingSignals(needStrength: 0.5, coversArea: true, national: true, urgentRoute: true)
        let nearby = RankingSignals(needStrength: 1, kindMatch: true, textScore: 1, distanceKilometres: 0.1, daysSinceVerified: 1)
        #expect(score(crisis, urgent: true) > score(nearby, urgent: true))
    }

    @Test("freshness falls from six months to three years")
    func freshness() {
        #expect(ranker.freshness(daysSinceVerified: 10) == 1)
        #expect(ranker.freshness(daysSinceVerified: 500) < 1)
        #expect(ranker.freshness(daysSinceVerified: 2000) == 0)
    }
}
