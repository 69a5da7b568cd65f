/// What `POST /v1/hna/suggest` and the link-worker page show: services grouped by need, the most
/// pressing concern first, each with a short reason.
public struct HNASuggestions: Sendable, Encodable {
    public struct Suggestion: Sendable, Encodable {
        public var result: SearchResult
        /// One line a link worker can read out: "Welfare benefits advice; 0.4 miles away; free".
        public var reason: String
        /// Later needs this service also answers (it is listed once, under the first).
        public var alsoHelps: [String]

        public init(result: SearchResult, reason: String, alsoHelps: [String] = []) {
            self.result = result
            self.reason = reason
            self.alsoHelps = alsoHelps
        }

        enum CodingKeys: String, CodingKey { case reason, alsoHelps = "also_helps" }

        public func encode(to encoder: any Encoder) throws {
            try result.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(reason, forKey: .reason)
            try c.encode(alsoHelps, forKey: .alsoHelps)
        }
    }

    public struct Group: Sendable, Encodable {
        public var need: String
        public var name: String
        public var concerns: [HNAPlan.ConcernRef]
        /// The radius searched: widened when little was found close by.
        public var radiusKilometres: Double
        public var suggestions: [Suggestion]

        public init(need: String, name: String, concerns: [HNAPlan.ConcernRef], radiusKilometres: Double, suggestions: [Suggestion]) {
            self.need = need
            self.name = name
            self.concerns = concerns
            self.radiusKilometres = radiusKilometres
            self.suggestions = suggestions
        }

        enum CodingKeys: String, CodingKey { case need, name, concerns, suggestions, radiusKilometres = "radius_km" }
    }

    public var place: ResolvedPlace
    public var urgent: Bool
    public var notes: [String]
    public var groups: [Group]

    public init(place: ResolvedPlace, urgent: Bool, notes: [String], groups: [Group]) {
        self.place = place
        self.urgent = urgent
        self.notes = notes
        self.groups = groups
    }

    enum CodingKeys: String, CodingKey { case postcode, localAuthority = "local_authority", urgent, notes, groups }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(place.postcode, forKey: .postcode)
        try c.encode(place.localAuthority, forKey: .localAuthority)
        try c.encode(urgent, forKey: .urgent)
        try c.encode(notes, forKey: .notes)
        try c.encode(groups, forKey: .groups)
    }
}

extension HNASuggestions.Suggestion {
    /// "Welfare benefits advice; 0.4 miles away; free" — how it answers the need, where, and cost.
    public static func reason(for result: SearchResult, need: String) -> String {
        var parts: [String] = []
        if let via = result.why.needs.first(where: { $0.need == need })?.via ?? result.why.needs.first?.via {
            parts.append(via)
        }
        if let km = result.distanceKilometres {
            parts.append("\(PlainDistance.miles(km)) away")
        } else if result.service.national {
            parts.append("national service")
        } else if result.coversArea {
            parts.append("covers their area")
        }
        if CostText.isFree(result.service.cost) { parts.append("free") }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
