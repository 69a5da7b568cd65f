/// How to harvest one source, from `Crawlers/<id>.yml`.
public struct Recipe: Sendable, Equatable {
    public enum SourceType: String, Sendable, CaseIterable {
        case html, jsonld, orukV3 = "oruk-v3", orukV1 = "oruk-v1"
    }

    /// XPath for links to follow from listing pages.
    public struct Follow: Sendable, Equatable {
        public var listing: String?
        public var pagination: String?
        public var detail: String?

        public init(listing: String? = nil, pagination: String? = nil, detail: String? = nil) {
            self.listing = listing
            self.pagination = pagination
            self.detail = detail
        }
    }

    public struct CategoryMapping: Sendable, Equatable {
        public var needs: [String]
        public var kinds: [String]
    }

    public struct Politeness: Sendable, Equatable {
        public var delaySeconds: Double = 1.5
        public var concurrency: Int = 1
        public var maxPages: Int = 2000

        public init(delaySeconds: Double = 1.5, concurrency: Int = 1, maxPages: Int = 2000) {
            self.delaySeconds = delaySeconds
            self.concurrency = concurrency
            self.maxPages = maxPages
        }
    }

    public var id: String
    public var name: String
    public var type: SourceType
    public var licence: String?
    public var attribution: String?
    public var startURLs: [String]
    public var allowedHosts: [String]
    public var follow: Follow
    /// Substring that marks a detail page's URL (e.g. "service.page?id=").
    public var detailURLContains: String?
    /// Field name → XPath on detail pages.
    public var fields: [String: String]
    public var categories: [String: CategoryMapping]
    public var politeness: Politeness
    public var file: String

    public init(id: String, name: String, type: SourceType, licence: String? = nil, attribution: String? = nil, startURLs: [String],
                allowedHosts: [String], follow: Follow = .init(), detailURLContains: String? = nil, fields: [String: String] = [:],
                categories: [String: CategoryMapping] = [:], politeness: Politeness = .init(), file: String) {
        self.id = id
        self.name = name
        self.type = type
        self.licence = licence
        self.attribution = attribution
        self.startURLs = startURLs
        self.allowedHosts = allowedHosts
        self.follow = follow
        self.detailURLContains = detailURLContains
        self.fields = fields
        self.categories = categories
        self.politeness = politeness
        self.file = file
    }

    public static let fieldNames: Set<String> = [
        "name", "description", "organisation", "address", "postcode", "phone", "email", "website", "opening_hours", "categories",
        "service_area", "cost", "eligibility",
    ]

    /// The recipe with `{base}` and `{host}` filled in, for fixture sites on an ephemeral port.
    public func resolved(base: String?) -> Recipe {
        guard let base else { return self }
        let host = base.split(separator: "/").dropFirst().first.map { String($0.split(separator: ":")[0]) } ?? base
        var copy = self
        copy.startURLs = startURLs.map { $0.replacingOccurrences(of: "{base}", with: base) }
        copy.allowedHosts = allowedHosts.map { $0.replacingOccurrences(of: "{host}", with: host) }
        return copy
    }
}

/// A problem in a recipe file, with where it is.
public struct RecipeProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public var description: String { "\(file):\(line): \(reason)" }
}
