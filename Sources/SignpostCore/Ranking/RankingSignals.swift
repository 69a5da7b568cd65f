/// What is known about one candidate service for one search, ready to be scored.
public struct RankingSignals: Hashable, Sendable {
    /// Best strength (0...1) among the needs asked for that the service is tagged with; 0 if none.
    public var needStrength: Double
    /// The service is of a kind the words named ("food bank").
    public var kindMatch: Bool
    /// Full-text relevance scaled to 0...1 within this result set; 0 without a text match.
    public var textScore: Double
    /// Kilometres to the nearest venue, nil for services without a venue.
    public var distanceKilometres: Double?
    /// Its stated coverage includes the searched place.
    public var coversArea: Bool
    public var national: Bool
    public var helpline: Bool
    public var urgentRoute: Bool
    /// Days since someone last confirmed the listing; nil when never.
    public var daysSinceVerified: Int?

    public init(needStrength: Double = 0, kindMatch: Bool = false, textScore: Double = 0,
                distanceKilometres: Double? = nil, coversArea: Bool = false, national: Bool = false,
                helpline: Bool = false, urgentRoute: Bool = false, daysSinceVerified: Int? = nil) {
        self.needStrength = needStrength
        self.kindMatch = kindMatch
        self.textScore = textScore
        self.distanceKilometres = distanceKilometres
        self.coversArea = coversArea
        self.national = national
        self.helpline = helpline
        self.urgentRoute = urgentRoute
        self.daysSinceVerified = daysSinceVerified
    }
}
