import SignpostCore

/// What the search gathered about one service before ranking.
struct Candidate {
    let id: Int64
    var distance: Double?
    var coverLabel: String?
    var national = false
    var needs: [String: Double] = [:]
    var restricted = false
    var textRank: Double?
    var kinds: Set<String> = []
    var lastVerifiedAt: String?
    var name = ""
    var score = 0.0
    var urgentRoute = false
}
