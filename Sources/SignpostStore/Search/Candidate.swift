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
    var strongNeeds: [String]
    var weakNeeds: [String]
    var queryKinds: [String]
    var helplineKinds: [String]
    var urgentKinds: [String]
    var urgentQuery: Bool

    /// Reads "money:1 food:0.75" and "food-bank,helpline" without building collections, and only
    /// when this query can use them (a search may read thousands of candidates).
    func score(_ candidate: inout Candidate, needWeights: String, kinds: String) {
        let readNeeds = !strongNeeds.isEmpty || !weakNeeds.isEmpty || urgentQuery
        for pair in needWeights.split(separator: " ") where readNeeds {
            guard let colon = pair.firstIndex(of: ":") else { continue }
            let need = pair[..<colon]
            guard let weight = Double(pair[pair.index(after: colon)...]) else { continue }
            if strongNeeds.contains(where: { $0 == need }) { candidate.needStrength = max(candidate.needStrength, weight) }
            else if weakNeeds.contains(where: { $0 == need }) { candidate.weakStrength = max(candidate.weakStrength, weight) }
            if need == "urgent", weight >= 0.7 { candidate.urgentRoute = true }
        }
        guard !kinds.isEmpty, !queryKinds.isEmpty || urgentQuery || candidate.national else { return }
        for kind in kinds.split(separator: ",") {
            if queryKinds.contains(where: { $0 == kind }) { candidate.kindMatch = true }
            if helplineKinds.contains(where: { $0 == kind }) { candidate.helpline = true }
            if urgentKinds.contains(where: { $0 == kind }) { candidate.urgentRoute = true }
        }
    }
}
