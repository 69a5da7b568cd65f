/// A service as the Open Referral endpoints and exports publish it: Signpost's view plus what
/// HSDS needs and the view leaves out — UUIDs, the organisation's own details, when it last changed
/// and, for a service that came from a feed, the document exactly as that feed published it.
public struct PublishedService: Sendable {
    public var view: ServiceView
    /// The HSDS id: the feed's own id, or a `StableUUID` of Signpost's external id.
    public var id: String
    public var organization: PublishedOrganization
    /// The venues' `service_at_location` ids, in the order of `view.locations`.
    public var locationIDs: [String]
    /// When Signpost last stored a change to it: "YYYY-MM-DDTHH:MM:SSZ".
    public var lastModified: String
    public var sourceDocument: String?

    public init(view: ServiceView, id: String, organization: PublishedOrganization, locationIDs: [String],
                lastModified: String, sourceDocument: String?) {
        self.view = view
        self.id = id
        self.organization = organization
        self.locationIDs = locationIDs
        self.lastModified = lastModified
        self.sourceDocument = sourceDocument
    }
}

/// An organisation as `/oruk/organizations` publishes it.
public struct PublishedOrganization: Sendable {
    public var id: String
    public var name: String
    public var description: String?
    public var url: String?
    public var email: String?
    /// The `organization` object a feed embedded in one of its services, written back as it came.
    public var sourceDocument: String?

    public init(id: String, name: String, description: String?, url: String?, email: String?, sourceDocument: String?) {
        self.id = id
        self.name = name
        self.description = description
        self.url = url
        self.email = email
        self.sourceDocument = sourceDocument
    }
}
