/// Where a search is centred, and how precisely we know it.
public struct ResolvedPlace: Hashable, Codable, Sendable {
    /// Which level of the gazetteer answered.
    public enum Precision: String, Codable, Sendable {
        case unit, sector, outcode, coordinates
    }

    /// Display form of what was looked up ("DD1 4HN", "DD1 4", "DD1"), nil for lat/lon searches.
    public var postcode: String?
    public var precision: Precision
    public var point: GeoPoint
    public var localAuthority: LocalAuthority?
    public var nation: Nation?
    /// Outcode and sector of the place where known, for services that list districts they cover.
    public var outcode: String?
    public var sector: String?

    public init(postcode: String?, precision: Precision, point: GeoPoint, localAuthority: LocalAuthority?,
                nation: Nation?, outcode: String? = nil, sector: String? = nil) {
        self.postcode = postcode
        self.precision = precision
        self.point = point
        self.localAuthority = localAuthority
        self.nation = nation ?? localAuthority?.nation
        self.outcode = outcode
        self.sector = sector
    }

    /// The "DD1 4" sector form, the most a log may hold about where a resident is.
    public var loggableArea: String? { sector ?? outcode }
}
