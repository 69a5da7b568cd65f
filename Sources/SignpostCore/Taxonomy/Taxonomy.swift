import Foundation

/// The need taxonomy: need categories, service kinds, synonyms, nation variants, HNA checklist items
/// and crosswalks, as shipped in `Seed/taxonomy.json`.
///
/// Data, not code: adding a synonym or an HNA item is an edit to the file, loaded into SQLite.
public struct Taxonomy: Codable, Hashable, Sendable {
    public var version: String
    public var description: String?
    public var attribution: [String]
    public var needs: [NeedCategory]
    public var serviceKinds: [ServiceKind]
    public var nationVariants: [NationVariant]
    public var hnaChecklist: HNAChecklist
    public var abbreviations: [String]
    public var stopwords: [String]
    public var misspellings: [String: String]

    enum CodingKeys: String, CodingKey {
        case version, description, attribution, needs, abbreviations, stopwords, misspellings
        case serviceKinds = "service_kinds", nationVariants = "nation_variants", hnaChecklist = "hna_checklist"
    }

    public init(version: String, description: String? = nil, attribution: [String] = [], needs: [NeedCategory],
                serviceKinds: [ServiceKind], nationVariants: [NationVariant] = [], hnaChecklist: HNAChecklist,
                abbreviations: [String] = [], stopwords: [String] = [], misspellings: [String: String] = [:]) {
        self.version = version
        self.description = description
        self.attribution = attribution
        self.needs = needs
        self.serviceKinds = serviceKinds
        self.nationVariants = nationVariants
        self.hnaChecklist = hnaChecklist
        self.abbreviations = abbreviations
        self.stopwords = stopwords
        self.misspellings = misspellings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(String.self, forKey: .version)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        attribution = try c.decodeIfPresent([String].self, forKey: .attribution) ?? []
        needs = try c.decode([NeedCategory].self, forKey: .needs)
        serviceKinds = try c.decode([ServiceKind].self, forKey: .serviceKinds)
        nationVariants = try c.decodeIfPresent([NationVariant].self, forKey: .nationVariants) ?? []
        hnaChecklist = try c.decode(HNAChecklist.self, forKey: .hnaChecklist)
        abbreviations = try c.decodeIfPresent([String].self, forKey: .abbreviations) ?? []
        stopwords = try c.decodeIfPresent([String].self, forKey: .stopwords) ?? []
        misspellings = try c.decodeIfPresent([String: String].self, forKey: .misspellings) ?? [:]
    }

    /// Decodes and checks the file: every slug a need, kind or HNA item refers to must exist.
    public static func decode(_ data: Data) throws -> Taxonomy {
        let taxonomy = try JSONDecoder().decode(Taxonomy.self, from: data)
        try taxonomy.validate()
        return taxonomy
    }

    public func validate() throws {
        let needSlugs = Set(needs.map(\.slug))
        let kindSlugs = Set(serviceKinds.map(\.slug))
        guard needSlugs.count == needs.count else { throw TaxonomyError.duplicate("need slug") }
        guard kindSlugs.count == serviceKinds.count else { throw TaxonomyError.duplicate("service kind slug") }
        for need in needs {
            for related in need.related where !needSlugs.contains(related) {
                throw TaxonomyError.unknownReference("need \(need.slug) relates to unknown need \(related)")
            }
            for kind in need.serviceKinds where !kindSlugs.contains(kind.kind) {
                throw TaxonomyError.unknownReference("need \(need.slug) lists unknown service kind \(kind.kind)")
            }
        }
        for item in hnaChecklist.items {
            for slug in item.needs where !needSlugs.contains(slug) {
                throw TaxonomyError.unknownReference("HNA item \(item.key) maps to unknown need \(slug)")
            }
        }
    }

    // MARK: lookups

    public func need(_ slug: String) -> NeedCategory? { needs.first { $0.slug == slug } }
    public func kind(_ slug: String) -> ServiceKind? { serviceKinds.first { $0.slug == slug } }
    public var needSlugs: [String] { needs.map(\.slug) }

    /// Needs a service kind answers, with how directly: a primary kind is the first answer to the need.
    public func needs(forKind kind: String) -> [(need: String, primary: Bool)] {
        needs.compactMap { need in
            need.serviceKinds.first { $0.kind == kind }.map { (need.slug, $0.primary) }
        }
    }
}

public enum TaxonomyError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicate(String)
    case unknownReference(String)

    public var description: String {
        switch self {
        case .duplicate(let what): return "taxonomy has a duplicate \(what)"
        case .unknownReference(let what): return "taxonomy: \(what)"
        }
    }
}
