/// Turns scored HNA concerns into the needs to look for, most pressing first: the highest score
/// leads, ticked-but-unscored concerns follow the scored ones, and ties keep checklist order.
/// Pure: the store runs one search per planned need.
public struct HNAPlan: Hashable, Sendable {
    public struct ConcernRef: Hashable, Sendable, Encodable {
        public var item: String
        public var label: String
        public var score: Int?
    }

    public struct Need: Hashable, Sendable {
        public var slug: String
        public var name: String
        /// The concerns this need answers, in the order they were weighed.
        public var concerns: [ConcernRef]
    }

    public static let maxConcerns = 60

    public var needs: [Need]
    /// A concern with a safety flag (fever on treatment, hopelessness) was raised.
    public var urgent: Bool

    public init(concerns: [HNAConcern], taxonomy: Taxonomy) throws(HNAError) {
        guard concerns.count <= Self.maxConcerns else { throw .tooManyConcerns(Self.maxConcerns) }
        let scale = taxonomy.hnaChecklist.scale
        let items = Dictionary(taxonomy.hnaChecklist.items.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var weighed: [(ref: ConcernRef, needs: [String], order: Int, flagged: Bool)] = []
        for concern in concerns {
            if let score = concern.score, !(scale.min...scale.max).contains(score) {
                throw .scoreOutOfRange(concern.item, score)
            }
            let key = concern.item.trimmingWhitespace().lowercased()
            if let item = items[key] {
                weighed.append((ConcernRef(item: item.key, label: item.label, score: concern.score), item.needs, item.number,
                                item.flags.contains("urgent")))
            } else if let need = taxonomy.need(key) {
                weighed.append((ConcernRef(item: need.slug, label: need.name, score: concern.score), [need.slug], 1000, need.slug == "urgent"))
            } else {
                throw .unknownItem(concern.item)
            }
        }
        // A score of 0 means "not a concern".
        weighed.removeAll { $0.ref.score == 0 }
        guard !weighed.isEmpty else { throw .noConcerns }
        weighed.sort { a, b in
            let sa = a.ref.score ?? -1, sb = b.ref.score ?? -1
            return sa != sb ? sa > sb : a.order < b.order
        }
        var needs: [Need] = []
        var position: [String: Int] = [:]
        for concern in weighed {
            for slug in concern.needs where slug != "urgent" {
                if let at = position[slug] {
                    if !needs[at].concerns.contains(concern.ref) { needs[at].concerns.append(concern.ref) }
                } else if let need = taxonomy.need(slug) {
                    position[slug] = needs.count
                    needs.append(Need(slug: slug, name: need.name, concerns: [concern.ref]))
                }
            }
        }
        urgent = weighed.contains { $0.flagged }
        if urgent, let crisis = taxonomy.need("urgent") {
            // Crisis routes lead whenever a safety concern is raised, whatever its score.
            needs.insert(Need(slug: crisis.slug, name: crisis.name, concerns: weighed.filter(\.flagged).map(\.ref)), at: 0)
        }
        self.needs = needs
    }
}
