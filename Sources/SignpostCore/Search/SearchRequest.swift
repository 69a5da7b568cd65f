/// A search, checked: every field is valid by the time one exists.
public struct SearchRequest: Hashable, Sendable {
    public enum Place: Hashable, Sendable {
        case postcode(PostcodeQuery)
        case coordinates(GeoPoint)
    }

    public enum Sort: String, Hashable, Sendable, CaseIterable, Codable {
        case relevance, distance
    }

    public static let defaultRadiusKilometres = 10.0
    public static let maxRadiusKilometres = 200.0
    public static let maxLimit = 100

    public var place: Place?
    public var needs: [String]
    public var text: String?
    public var radiusKilometres: Double
    public var limit: Int
    public var page: Int
    public var sort: Sort
    public var filters: SearchFilters

    public init(place: Place?, needs: [String] = [], text: String? = nil,
                radiusKilometres: Double = SearchRequest.defaultRadiusKilometres,
                limit: Int = 20, page: Int = 1, sort: Sort = .relevance,
                filters: SearchFilters = .none) throws(SearchQueryError) {
        guard radiusKilometres.isFinite, radiusKilometres > 0, radiusKilometres <= Self.maxRadiusKilometres else {
            throw .invalidParameter("radius_km", "must be a number above 0 and at most \(Int(Self.maxRadiusKilometres))")
        }
        guard (1...Self.maxLimit).contains(limit) else {
            throw .invalidParameter("limit", "must be a whole number from 1 to \(Self.maxLimit)")
        }
        guard (1...10_000).contains(page) else {
            throw .invalidParameter("page", "must be a whole number from 1 to 10000")
        }
        let trimmed = text?.trimmingWhitespace()
        if let trimmed, trimmed.count > 500 {
            throw .invalidParameter("q", "must be at most 500 characters")
        }
        self.place = place
        self.needs = needs
        self.text = (trimmed?.isEmpty ?? true) ? nil : trimmed
        self.radiusKilometres = radiusKilometres
        self.limit = limit
        self.page = page
        self.sort = sort
        self.filters = filters
    }
}

/// What can be wrong with a search, before anything is looked up.
public enum SearchQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidPostcode(PostcodeError)
    case postcodeNotFound(String)
    case unknownNeed(String, valid: [String])
    case invalidParameter(String, String)

    public var description: String {
        switch self {
        case .invalidPostcode(let error): return error.description
        case .postcodeNotFound(let postcode): return "We could not find \(postcode). Check it, or try just the first part (like DD1)."
        case .unknownNeed(let need, let valid): return "\"\(need)\" is not a need we know. Use one of: \(valid.joined(separator: ", "))."
        case .invalidParameter(let name, let rule): return "\(name) \(rule)."
        }
    }
}
