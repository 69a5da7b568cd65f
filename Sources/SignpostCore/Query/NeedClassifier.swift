/// Infers need tags (and service kinds) for a service from its own words.
///
/// Used for services that arrive without explicit needs: harvested pages, feeds with no taxonomy.
/// A phrase in the name counts double; a weak word ("home", "will") alone never tags a need; the
/// urgent flag needs a crisis-route kind or two urgent phrases, so a counselling service that
/// mentions "if you feel suicidal, ring 999" is not itself listed as a crisis line.
public struct NeedClassifier: Sendable {
    public struct Result: Hashable, Sendable {
        /// Need → strength in 0...1.
        public var needs: [String: Double]
        public var kinds: [String]
    }

    let index: SynonymIndex

    public init(index: SynonymIndex) { self.index = index }

    public func classify(name: String, description: String) -> Result {
        var evidence: [String: Double] = [:]
        var kinds: [String: Double] = [:]
        for (text, weight) in [(name, 2.0), (description, 1.0)] {
            for hit in index.scan(TextNormaliser.words(text)) {
                for target in hit.targets {
                    switch target {
                    case .need(let slug, let weak):
                        // The category's own bare word ("money") in a name like "Money Matters
                        // Book Club" says little about what the service does.
                        let generic = hit.phrase == slug.replacingDashes()
                        evidence[slug, default: 0] += (weak || generic) ? 0.25 * weight : weight
                    case .kind(let slug):
                        kinds[slug, default: 0] += weight
                    }
                }
            }
        }
        var needs: [String: Double] = [:]
        for (need, score) in evidence where score >= 1 && need != "urgent" {
            needs[need] = min(0.85, 0.45 + 0.1 * score)
        }
        if evidence["urgent", default: 0] >= 2 { needs["urgent"] = 0.7 }
        let urgentKinds = Set(index.taxonomy.need("urgent")?.serviceKinds.map(\.kind) ?? [])
        for (kind, score) in kinds {
            // A passing "ring 999" does not make a service a crisis route.
            if urgentKinds.contains(kind) && score < 2 { continue }
            for link in index.taxonomy.needs(forKind: kind) {
                let strength = min(0.9, (link.primary ? 0.7 : 0.5) + 0.05 * score)
                needs[link.need] = max(needs[link.need] ?? 0, strength)
            }
        }
        return Result(needs: needs, kinds: kinds.filter { !urgentKinds.contains($0.key) || $0.value >= 2 }.keys.sorted())
    }
}
