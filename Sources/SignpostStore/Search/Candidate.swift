import Foundation
import SignpostCore

/// What the search gathered about one service before ranking, kept small: a search may weigh
/// thousands of these.
struct Candidate {
    let id: Int64
    var distance: Double?
    var coverLabel: String?
    var national = false
    var restricted = false
    var textRank: Double?
    /// Best weight among the needs asked for (strong), and among weakly suggested ones.
    var needStrength = 0.0
    var weakStrength = 0.0
    var kindMatch = false
    var helpline = false
    var urgentRoute = false
    var verifiedDay: Int?
    var score = 0.0
}

/// The parts of a query that candidates are scored against while they are read.
struct CandidateFilter {
    /// Positions of needs in the taxonomy (and so in each service's weight bytes).
    var strongNeeds: [Int]
    var weakNeeds: [Int]
    var urgentNeed: Int?
    var queryKinds: [String]
    var helplineKinds: [String]
    var urgentKinds: [String]
    var urgentQuery: Bool

    init(taxonomy: Taxonomy, strong: [String], weak: [String], queryKinds: [String], helplineKinds: Set<String>,
         urgentKinds: Set<String>, urgentQuery: Bool) {
        let position = Dictionary(uniqueKeysWithValues: taxonomy.needs.enumerated().map { ($1.slug, $0) })
        strongNeeds = strong.compactMap { position[$0] }
        weakNeeds = weak.compactMap { position[$0] }
        urgentNeed = position["urgent"]
        self.queryKinds = queryKinds
        self.helplineKinds = Array(helplineKinds)
        self.urgentKinds = Array(urgentKinds)
        self.urgentQuery = urgentQuery
    }

    /// Scores need strength from the weight bytes and reads the kinds ("food-bank,helpline") only
    /// when this query can use them: a search may read thousands of candidates.
    func score(_ candidate: inout Candidate, weights: UnsafeRawBufferPointer?, kinds: () -> String) {
        if let weights {
            for i in strongNeeds where i < weights.count { candidate.needStrength = max(candidate.needStrength, Double(weights[i]) / 100) }
            for i in weakNeeds where i < weights.count { candidate.weakStrength = max(candidate.weakStrength, Double(weights[i]) / 100) }
            if urgentQuery, let i = urgentNeed, i < weights.count, weights[i] >= 70 { candidate.urgentRoute = true }
        }
        guard !queryKinds.isEmpty || urgentQuery || candidate.national else { return }
        let list = kinds()
        guard !list.isEmpty else { return }
        for kind in list.split(separator: ",") {
            if queryKinds.contains(where: { $0 == kind }) { candidate.kindMatch = true }
            if helplineKinds.contains(where: { $0 == kind }) { candidate.helpline = true }
            if urgentKinds.contains(where: { $0 == kind }) { candidate.urgentRoute = true }
        }
    }
}
