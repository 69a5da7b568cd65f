/// A service as it arrives to be stored — from the seed, a feed, a crawl or an edit — before it has a row id.
public struct ServiceRecord: Hashable, Codable, Sendable {
    public var externalID: String
    public var organisation: OrganisationRecord
    public var name: String
    public var description: String
    public var kinds: [String]
    /// Explicit need tags; when empty (and no kinds), needs are classified from the text.
    public var needs: [String]
    public var status: ServiceStatus
    public var phone: String?
    public var email: String?
    public var url: String?
    public var cost: String?
    public var delivery: [String]
    public var wheelchairAccess: Bool?
    public var languages: [String]
    public var eligibility: String?
    /// Coverage as the source wrote it ("people living in Dundee").
    public var serviceArea: String?
    public var locations: [LocationRecord]
    public var schedules: [ScheduleRecord]
    public var openingHours: String?
    /// "YYYY-MM-DD".
    public var lastVerifiedAt: String?
    public var provenance: Provenance
    /// When false, `needs` is the complete list and nothing is inferred from the words
    /// (replayed benchmark data must mean exactly what it says).
    public var inferNeeds = true
    /// The record as its source published it (an Open Referral service), written back on export.
    public var sourceDocument: String?
    /// The id its Open Referral source gave it (a UUID), served back unchanged at `/oruk`; nil for
    /// seeded and crawled services, which get a `StableUUID` of their external id.
    public var sourceID: String?

    public init(externalID: String, organisation: OrganisationRecord, name: String, description: String,
                kinds: [String] = [], needs: [String] = [], status: ServiceStatus = .active,
                phone: String? = nil, email: String? = nil, url: String? = nil, cost: String? = nil,
                delivery: [String] = [], wheelchairAccess: Bool? = nil, languages: [String] = [],
                eligibility: String? = nil, serviceArea: String? = nil, locations: [LocationRecord] = [],
                schedules: [ScheduleRecord] = [], openingHours: String? = nil, lastVerifiedAt: String? = nil,
                provenance: Provenance = .init(source: "manual")) {
        self.externalID = externalID
        self.organisation = organisation
        self.name = name
        self.description = description
        self.kinds = kinds
        self.needs = needs
        self.status = status
        self.phone = phone
        self.email = email
        self.url = url
        self.cost = cost
        self.delivery = delivery
        self.wheelchairAccess = wheelchairAccess
        self.languages = languages
        self.eligibility = eligibility
        self.serviceArea = serviceArea
        self.locations = locations
        self.schedules = schedules
        self.openingHours = openingHours
        self.lastVerifiedAt = lastVerifiedAt
        self.provenance = provenance
    }
}

public enum ServiceStatus: String, Codable, Sendable {
    case active, inactive, withdrawn
}

public struct OrganisationRecord: Hashable, Codable, Sendable {
    public var externalID: String
    public var name: String
    public var description: String?
    public var url: String?
    public var email: String?
    public var phone: String?
    /// The organisation's id in its Open Referral source (see `ServiceRecord.sourceID`).
    public var sourceID: String?

    public init(externalID: String, name: String, description: String? = nil, url: String? = nil,
                email: String? = nil, phone: String? = nil, sourceID: String? = nil) {
        self.sourceID = sourceID
        self.externalID = externalID
        self.name = name
        self.description = description
        self.url = url
        self.email = email
        self.phone = phone
    }
}

public struct LocationRecord: Hashable, Codable, Sendable {
    public var name: String?
    public var address: String?
    public var postcode: String?
    public var point: GeoPoint?
    /// The id of the `service_at_location` that brought this venue from an Open Referral source.
    public var sourceID: String?

    public init(name: String? = nil, address: String? = nil, postcode: String? = nil, point: GeoPoint? = nil, sourceID: String? = nil) {
        self.sourceID = sourceID
        self.name = name
        self.address = address
        self.postcode = postcode
        self.point = point
    }
}

/// Regular opening: days ("mon"…"sun") and "HH:MM" times, in UK local time.
public struct ScheduleRecord: Hashable, Codable, Sendable {
    public var days: [String]
    public var opens: String?
    public var closes: String?
    public var note: String?

    public init(days: [String], opens: String? = nil, closes: String? = nil, note: String? = nil) {
        self.days = days
        self.opens = opens
        self.closes = closes
        self.note = note
    }
}

/// Where a record came from, kept with it for audit and change detection.
public struct Provenance: Hashable, Codable, Sendable {
    public var source: String
    public var url: String?
    public var fetchedAt: String?
    public var contentHash: String?

    public init(source: String, url: String? = nil, fetchedAt: String? = nil, contentHash: String? = nil) {
        self.source = source
        self.url = url
        self.fetchedAt = fetchedAt
        self.contentHash = contentHash
    }
}
