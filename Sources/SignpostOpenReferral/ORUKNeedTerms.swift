import SignpostCore

/// Signpost's need categories as one HSDS taxonomy, so services Signpost publishes can carry
/// their needs as `attributes` and harvesters can map them. Ids are `StableUUID`s (HSDS wants
/// UUIDs); the older `signpost-need-<slug>` ids and bare slugs are still understood.
public struct ORUKNeedTerms: Sendable {
    public static let taxonomyID = StableUUID.make("signpost:taxonomy:needs")
    public static let legacyTaxonomyID = "signpost-needs"

    let taxonomy: Taxonomy?

    public init(taxonomy: Taxonomy?) { self.taxonomy = taxonomy }

    public static func termID(_ slug: String) -> String { StableUUID.make("signpost:need:\(slug)") }

    /// The need slug a term id names (its UUID, `signpost-need-<slug>` or the slug), if any.
    public func slug(forTermID id: String) -> String? {
        let needs = taxonomy?.needs ?? []
        if let need = needs.first(where: { Self.termID($0.slug) == id.lowercased() }) { return need.slug }
        let bare = id.hasPrefix("signpost-need-") ? String(id.dropFirst("signpost-need-".count)) : id
        return needs.contains { $0.slug == bare } ? bare : nil
    }

    public static func isNeedTaxonomy(_ id: String) -> Bool { id.lowercased() == taxonomyID || id == legacyTaxonomyID }

    /// The taxonomy object (`/oruk/taxonomies`).
    public var taxonomyJSON: [String: Any] {
        let version = taxonomy?.version ?? "unknown"
        return ["id": Self.taxonomyID, "name": "Signpost need categories",
                "description": "Needs from the Holistic Needs Assessment concerns checklist, version \(version).",
                "version": version]
    }

    /// Every need as a taxonomy_term (`/oruk/taxonomy_terms`).
    public var termsJSON: [[String: Any]] { (taxonomy?.needs ?? []).map { term($0.slug) } }

    /// One need as a taxonomy_term; a slug the taxonomy does not know still gets a valid term.
    public func term(_ slug: String) -> [String: Any] {
        let need = taxonomy?.need(slug)
        return ["id": Self.termID(slug), "name": need?.name ?? slug, "description": need?.description ?? need?.name ?? slug,
                "taxonomy_id": Self.taxonomyID, "taxonomy": "Signpost need categories", "term": slug]
    }
}
