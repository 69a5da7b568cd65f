/// A service as the API, CLI and pages show it. Absent fields are `null`, never missing, so the
/// JSON contract is the same for every service.
public struct ServiceView: Hashable, Sendable, Encodable {
    public struct Organisation: Hashable, Sendable, Encodable {
        public var id: Int64
        public var name: String
        public var url: String?

        public init(id: Int64, name: String, url: String? = nil) {
            self.id = id
            self.name = name
            self.url = url
        }
    }

    public struct Location: Hashable, Sendable, Encodable {
        public var name: String?
        public var address: String?
        public var postcode: String?
        public var latitude: Double?
        public var longitude: Double?

        public init(name: String?, address: String?, postcode: String?, latitude: Double?, longitude: Double?) {
            self.name = name
            self.address = address
            self.postcode = postcode
            self.latitude = latitude
            self.longitude = longitude
        }

        public var point: GeoPoint? {
            guard let latitude, let longitude else { return nil }
            return GeoPoint(latitude: latitude, longitude: longitude)
        }

        enum CodingKeys: String, CodingKey { case name, address, postcode, latitude, longitude }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(address, forKey: .address)
            try c.encode(postcode, forKey: .postcode)
            try c.encode(latitude, forKey: .latitude)
            try c.encode(longitude, forKey: .longitude)
        }
    }

    public var id: Int64
    public var externalID: String
    public var name: String
    public var description: String
    public var organisation: Organisation
    public var needs: [String]
    public var serviceKinds: [String]
    public var locations: [Location]
    public var phone: String?
    public var email: String?
    public var url: String?
    public var cost: String?
    public var delivery: [String]
    public var wheelchairAccess: Bool?
    public var languages: [String]
    public var eligibility: String?
    public var serviceArea: String?
    public var coverage: [String]
    public var national: Bool
    public var openingHours: String?
    public var schedules: [ScheduleRecord]
    public var lastVerifiedAt: String?
    public var status: ServiceStatus
    public var source: String

    public init(id: Int64, externalID: String, name: String, description: String, organisation: Organisation,
                needs: [String], serviceKinds: [String], locations: [Location], phone: String?, email: String?,
                url: String?, cost: String?, delivery: [String], wheelchairAccess: Bool?, languages: [String],
                eligibility: String?, serviceArea: String?, coverage: [String], national: Bool,
                openingHours: String?, schedules: [ScheduleRecord], lastVerifiedAt: String?,
                status: ServiceStatus, source: String) {
        self.id = id
        self.externalID = externalID
        self.name = name
        self.description = description
        self.organisation = organisation
        self.needs = needs
        self.serviceKinds = serviceKinds
        self.locations = locations
        self.phone = phone
        self.email = email
        self.url = url
        self.cost = cost
        self.delivery = delivery
        self.wheelchairAccess = wheelchairAccess
        self.languages = languages
        self.eligibility = eligibility
        self.serviceArea = serviceArea
        self.coverage = coverage
        self.national = national
        self.openingHours = openingHours
        self.schedules = schedules
        self.lastVerifiedAt = lastVerifiedAt
        self.status = status
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, needs, locations, phone, email, url, cost, delivery, languages
        case eligibility, coverage, national, schedules, status, source
        case externalID = "external_id", organisation = "organization", serviceKinds = "service_kinds"
        case wheelchairAccess = "wheelchair_access", serviceArea = "service_area"
        case openingHours = "opening_hours", lastVerifiedAt = "last_verified_at"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try encodeFields(into: &c)
    }

    func encodeFields(into c: inout KeyedEncodingContainer<CodingKeys>) throws {
        try c.encode(id, forKey: .id)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(needs, forKey: .needs)
        try c.encode(serviceKinds, forKey: .serviceKinds)
        try c.encode(locations, forKey: .locations)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(url, forKey: .url)
        try c.encode(cost, forKey: .cost)
        try c.encode(delivery, forKey: .delivery)
        try c.encode(wheelchairAccess, forKey: .wheelchairAccess)
        try c.encode(languages, forKey: .languages)
        try c.encode(eligibility, forKey: .eligibility)
        try c.encode(serviceArea, forKey: .serviceArea)
        try c.encode(coverage, forKey: .coverage)
        try c.encode(national, forKey: .national)
        try c.encode(openingHours, forKey: .openingHours)
        try c.encode(schedules, forKey: .schedules)
        try c.encode(lastVerifiedAt, forKey: .lastVerifiedAt)
        try c.encode(status, forKey: .status)
        try c.encode(source, forKey: .source)
    }
}
