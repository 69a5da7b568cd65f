/// One of the 22 need categories, in HNA language ("Money, benefits & debt").
public struct NeedCategory: Codable, Hashable, Sendable {
    public enum Safety: String, Codable, Sendable {
        /// Crisis routes go first, above everything else.
        case urgent
        /// Clinical: the care team or GP comes first; community services follow.
        case careTeam = "care-team"
    }

    public struct KindLink: Codable, Hashable, Sendable {
        public var kind: String
        public var primary: Bool
        public init(kind: String, primary: Bool) {
            self.kind = kind
            self.primary = primary
        }
    }

    public struct Crosswalk: Codable, Hashable, Sendable {
        public var aliss: [String]
        public var openEligibility: [String]
        public var esdNeed: [String]
        public var airs: [String]

        enum CodingKeys: String, CodingKey {
            case aliss, airs
            case openEligibility = "open_eligibility", esdNeed = "esd_need"
        }

        public init(aliss: [String] = [], openEligibility: [String] = [], esdNeed: [String] = [], airs: [String] = []) {
            self.aliss = aliss
            self.openEligibility = openEligibility
            self.esdNeed = esdNeed
            self.airs = airs
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            aliss = try c.decodeIfPresent([String].self, forKey: .aliss) ?? []
            openEligibility = try c.decodeIfPresent([String].self, forKey: .openEligibility) ?? []
            esdNeed = try c.decodeIfPresent([String].self, forKey: .esdNeed) ?? []
            airs = try c.decodeIfPresent([String].self, forKey: .airs) ?? []
        }
    }

    public var slug: String
    public var name: String
    public var plainQuestion: String?
    public var description: String?
    public var safety: Safety?
    public var related: [String]
    public var serviceKinds: [KindLink]
    public var synonyms: [String]
    /// Very common words ("will", "home") that suggest this need only weakly.
    public var weakSynonyms: [String]
    public var crosswalk: Crosswalk

    enum CodingKeys: String, CodingKey {
        case slug, name, description, safety, related, synonyms, crosswalk
        case plainQuestion = "plain_question", serviceKinds = "service_kinds", weakSynonyms = "weak_synonyms"
    }

    public init(slug: String, name: String, plainQuestion: String? = nil, description: String? = nil,
                safety: Safety? = nil, related: [String] = [], serviceKinds: [KindLink] = [],
                synonyms: [String] = [], weakSynonyms: [String] = [], crosswalk: Crosswalk = .init()) {
        self.slug = slug
        self.name = name
        self.plainQuestion = plainQuestion
        self.description = description
        self.safety = safety
        self.related = related
        self.serviceKinds = serviceKinds
        self.synonyms = synonyms
        self.weakSynonyms = weakSynonyms
        self.crosswalk = crosswalk
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        slug = try c.decode(String.self, forKey: .slug)
        name = try c.decode(String.self, forKey: .name)
        plainQuestion = try c.decodeIfPresent(String.self, forKey: .plainQuestion)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        safety = try c.decodeIfPresent(Safety.self, forKey: .safety)
        related = try c.decodeIfPresent([String].self, forKey: .related) ?? []
        serviceKinds = try c.decodeIfPresent([KindLink].self, forKey: .serviceKinds) ?? []
        synonyms = try c.decodeIfPresent([String].self, forKey: .synonyms) ?? []
        // Kept in synonym order: the set is what matters, and one order makes copies comparable.
        let weak = try c.decodeIfPresent([String].self, forKey: .weakSynonyms) ?? []
        let order = Dictionary(synonyms.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        weakSynonyms = weak.sorted { order[$0, default: Int.max] < order[$1, default: Int.max] }
        crosswalk = try c.decodeIfPresent(Crosswalk.self, forKey: .crosswalk) ?? .init()
    }
}

/// What a service does ("welfare-benefits-advice"); needs are derived from kinds.
public struct ServiceKind: Codable, Hashable, Sendable {
    public var slug: String
    public var name: String
    public var synonyms: [String]
    /// Phone or crisis lines: ranked like local services when someone asks for a helpline.
    public var helpline: Bool

    public init(slug: String, name: String, synonyms: [String] = [], helpline: Bool = false) {
        self.slug = slug
        self.name = name
        self.synonyms = synonyms
        self.helpline = helpline
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        slug = try c.decode(String.self, forKey: .slug)
        name = try c.decode(String.self, forKey: .name)
        synonyms = try c.decodeIfPresent([String].self, forKey: .synonyms) ?? []
        helpline = try c.decodeIfPresent(Bool.self, forKey: .helpline) ?? false
    }
}

/// A benefit or fund with different names in Scotland and elsewhere (PIP ↔ ADP).
public struct NationVariant: Codable, Hashable, Sendable {
    public var concept: String
    public var scotland: [String]
    public var elsewhere: [String]

    public init(concept: String, scotland: [String], elsewhere: [String]) {
        self.concept = concept
        self.scotland = scotland
        self.elsewhere = elsewhere
    }

    /// The names that apply in `nation` (Scotland's, or everyone else's).
    public func names(in nation: Nation?) -> [String] { nation == .scotland ? scotland : elsewhere }
    public var allNames: [String] { scotland + elsewhere }
}

/// The HNA concerns checklist: items scored 0–10, each mapped to needs.
public struct HNAChecklist: Codable, Hashable, Sendable {
    public struct Scale: Codable, Hashable, Sendable {
        public var min: Int
        public var max: Int
        public init(min: Int, max: Int) {
            self.min = min
            self.max = max
        }
    }

    public struct Item: Codable, Hashable, Sendable {
        public var key: String
        public var number: Int
        public var heading: String
        public var subgroup: String?
        public var label: String
        public var needs: [String]
        public var flags: [String]

        public init(key: String, number: Int, heading: String, subgroup: String? = nil, label: String,
                    needs: [String], flags: [String] = []) {
            self.key = key
            self.number = number
            self.heading = heading
            self.subgroup = subgroup
            self.label = label
            self.needs = needs
            self.flags = flags
        }
    }

    public var version: String
    public var scale: Scale
    public var items: [Item]

    public init(version: String, scale: Scale = .init(min: 0, max: 10), items: [Item]) {
        self.version = version
        self.scale = scale
        self.items = items
    }
}
