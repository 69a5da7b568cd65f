import Foundation

/// The ranking formula: need match + text relevance + distance decay + freshness.
///
/// Need strength carries the most weight, so a service tagged for the need beats one that merely
/// uses a word ("Money Matters Book Club"). Distance decays smoothly (scale = a third of the
/// radius, as ALISS does), so of two equally relevant services the nearer ranks higher. National
/// services step back behind comparable local ones unless the person asked for a helpline or is
/// in crisis; crisis routes jump to the top for urgent searches.
public struct Ranker: Sendable {
    public struct Weights: Hashable, Sendable {
        public var need = 3.0
        public var kind = 1.0
        public var text = 1.5
        public var distance = 1.5
        public var coverage = 1.0
        public var freshness = 0.5
        public var nationalPenalty = 1.2
        public var urgentBoost = 20.0
        public init() {}
    }

    public var weights: Weights

    public init(weights: Weights = .init()) { self.weights = weights }

    public func score(_ s: RankingSignals, radiusKilometres: Double, urgentQuery: Bool, wantsHelpline: Bool) -> Double {
        var score = weights.need * s.needStrength
        if s.kindMatch { score += weights.kind }
        score += weights.text * s.textScore
        if let d = s.distanceKilometres {
            let scale = max(1.0, radiusKilometres / 3)
            score += weights.distance * exp(-d / scale)
        } else if s.coversArea && !s.national {
            // An area-wide service reaches the person where they are, but is not "just round the corner".
            score += weights.distance * 0.5
        }
        if s.coversArea && !s.national { score += weights.coverage * 0.5 }
        score += weights.freshness * freshness(daysSinceVerified: s.daysSinceVerified)
        if s.national && !(wantsHelpline || urgentQuery) { score -= weights.nationalPenalty }
        if urgentQuery && s.urgentRoute { score += weights.urgentBoost }
        return score
    }

    /// 1 when checked in the last six months, falling to 0 at three years; unknown counts as old.
    public func freshness(daysSinceVerified days: Int?) -> Double {
        guard let days else { return 0.2 }
        if days <= 183 { return 1 }
        return max(0, 1 - Double(days - 183) / Double(3 * 365 - 183))
    }
}
