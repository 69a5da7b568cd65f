/// What Signpost took a search to mean: the needs, the words left for full-text search, and the
/// signals that change ranking (urgency, asking for a helpline).
public struct UnderstoodQuery: Hashable, Sendable {
    public struct NeedMatch: Hashable, Sendable {
        public enum Origin: String, Hashable, Sendable { case explicit, text }
        public var need: String
        public var origin: Origin
        /// The words that suggested it ("can't pay bills"), nil when asked for by slug.
        public var phrase: String?
        public var weak: Bool
    }

    public var needs: [NeedMatch]
    /// Kinds of service the words named ("food bank"), a ranking boost.
    public var kinds: [String]
    /// Word groups for FTS5: each group is alternatives (nation variants), all groups must match.
    public var textGroups: [[String]]
    /// Phrases that were read as needs ("food bank"), also searched as words so services that say
    /// them are found even when untagged.
    public var needPhrases: [String] = []
    public var corrections: [Correction]
    public var urgent: Bool
    public var wantsHelpline: Bool
    /// Nation variants named, with the name that applies where the person is.
    public var nationNotes: [String]

    public var needSlugs: [String] {
        var seen = Set<String>()
        return needs.map(\.need).filter { seen.insert($0).inserted }
    }
    public var explicitNeeds: [String] { needs.filter { $0.origin == .explicit }.map(\.need) }
    public var textNeeds: [String] { needs.filter { $0.origin == .text && !$0.weak }.map(\.need) }
    /// Every plain word searched, for the `why` of a text match.
    public var textWords: [String] { textGroups.flatMap { $0 } }
}
