/// The answer to a search, in ranked order, shared by the API, the CLI and the pages.
public struct SearchResponse: Sendable, Encodable {
    public struct Query: Sendable, Encodable {
        public var place: ResolvedPlace?
        public var needs: [String]
        public var q: String?
        public var radiusKilometres: Double
        public var sort: SearchRequest.Sort
        public var corrections: [Correction]
        public var urgent: Bool
        public var notes: [String]

        public init(place: ResolvedPlace?, needs: [String], q: String?, radiusKilometres: Double, sort: SearchRequest.Sort,
                    corrections: [Correction], urgent: Bool, notes: [String]) {
            self.place = place
            self.needs = needs
            self.q = q
            self.radiusKilometres = radiusKilometres
            self.sort = sort
            self.corrections = corrections
            self.urgent = urgent
            self.notes = notes
        }

        enum CodingKeys: String, CodingKey {
            case postcode, precision, latitude, longitude, nation, needs, q, sort, corrections, urgent, notes
            case localAuthority = "local_authority", radiusKilometres = "radius_km"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(place?.postcode, forKey: .postcode)
            try c.encode(place?.precision.rawValue, forKey: .precision)
            try c.encode(place?.point.latitude, forKey: .latitude)
            try c.encode(place?.point.longitude, forKey: .longitude)
            try c.encode(place?.localAuthority, forKey: .localAuthority)
            try c.encode(place?.nation, forKey: .nation)
            try c.encode(needs, forKey: .needs)
            try c.encode(q, forKey: .q)
            try c.encode(radiusKilometres, forKey: .radiusKilometres)
            try c.encode(sort, forKey: .sort)
            try c.encode(corrections, forKey: .corrections)
            try c.encode(urgent, forKey: .urgent)
            try c.encode(notes, forKey: .notes)
        }
    }

    public var query: Query
    public var total: Int
    public var page: Int
    public var limit: Int
    public var results: [SearchResult]

    public init(query: Query, total: Int, page: Int, limit: Int, results: [SearchResult]) {
        self.query = query
        self.total = total
        self.page = page
        self.limit = limit
        self.results = results
    }
}

/// One ranked service, with the reasons it is here.
public struct SearchResult: Sendable, Encodable {
    public var service: ServiceView
    public var distanceKilometres: Double?
    public var coversArea: Bool
    public var urgent: Bool
    public var score: Double
    public var why: Why

    public init(service: ServiceView, distanceKilometres: Double?, coversArea: Bool, urgent: Bool, score: Double, why: Why) {
        self.service = service
        self.distanceKilometres = distanceKilometres
        self.coversArea = coversArea
        self.urgent = urgent
        self.score = score
        self.why = why
    }

    enum CodingKeys: String, CodingKey {
        case urgent, score, why
        case distanceKilometres = "distance_km", coversArea = "covers_area"
    }

    public func encode(to encoder: any Encoder) throws {
        var serviceFields = encoder.container(keyedBy: ServiceView.CodingKeys.self)
        try service.encodeFields(into: &serviceFields)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(distanceKilometres.map { ($0 * 100).rounded() / 100 }, forKey: .distanceKilometres)
        try c.encode(coversArea, forKey: .coversArea)
        try c.encode(urgent, forKey: .urgent)
        try c.encode((score * 1000).rounded() / 1000, forKey: .score)
        try c.encode(why, forKey: .why)
    }
}

/// Why a service is in the results, in data and in one plain sentence.
public struct Why: Hashable, Sendable, Encodable {
    /// Needs asked for that this service answers, each with how we know ("welfare benefits advice").
    public var needs: [NeedReason]
    /// Searched words found in its name or description.
    public var words: [String]
    public var distanceKilometres: Double?
    /// The area named in its coverage that includes the place ("Dundee City").
    public var coversArea: String?
    public var national: Bool
    public var urgent: Bool
    public var summary: String

    public init(needs: [NeedReason], words: [String], distanceKilometres: Double?, coversArea: String?, national: Bool,
                urgent: Bool, summary: String) {
        self.needs = needs
        self.words = words
        self.distanceKilometres = distanceKilometres
        self.coversArea = coversArea
        self.national = national
        self.urgent = urgent
        self.summary = summary
    }

    public struct NeedReason: Hashable, Sendable, Encodable {
        public var need: String
        public var via: String
        public var strength: Double

        public init(need: String, via: String, strength: Double) {
            self.need = need
            self.via = via
            self.strength = strength
        }
    }

    enum CodingKeys: String, CodingKey {
        case needs, words, national, urgent, summary
        case distanceKilometres = "distance_km", coversArea = "covers_area"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(needs, forKey: .needs)
        try c.encode(words, forKey: .words)
        try c.encode(distanceKilometres.map { ($0 * 100).rounded() / 100 }, forKey: .distanceKilometres)
        try c.encode(coversArea, forKey: .coversArea)
        try c.encode(national, forKey: .national)
        try c.encode(urgent, forKey: .urgent)
        try c.encode(summary, forKey: .summary)
    }
}
