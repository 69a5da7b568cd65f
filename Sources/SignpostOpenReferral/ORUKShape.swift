/// The smaller shapes HSDS lists use, cut from a full object: the UK profile's
/// `compiled/service_list.json`, `organization_list.json` and `service_at_location_list.json`
/// name the fields a list item carries (scalars and the embedded organisation, no child arrays).
public enum ORUKShape {
    static let serviceListFields: Set<String> = [
        "id", "organization_id", "name", "description", "url", "email", "status", "fees", "accreditations", "minimum_age",
        "maximum_age", "assured_date", "assurer_email", "alert", "last_modified", "organization",
    ]
    static let organizationListFields: Set<String> = [
        "id", "name", "description", "email", "website", "logo", "uri", "parent_organization_id",
    ]
    static let locationListFields: Set<String> = [
        "id", "location_type", "name", "description", "latitude", "longitude", "external_identifier", "external_identifier_type",
    ]
    /// HSDS `minimal`: enough to tell what changed since the last sync.
    static let minimalFields: Set<String> = ["id", "name", "description", "status", "url", "email", "last_modified"]

    /// A `/services` list item.
    public static func serviceListItem(_ full: [String: Any]) -> [String: Any] {
        var item = full.filter { serviceListFields.contains($0.key) }
        if let organization = item["organization"] as? [String: Any] { item["organization"] = organizationListItem(organization) }
        return item
    }

    public static func organizationListItem(_ full: [String: Any]) -> [String: Any] {
        full.filter { organizationListFields.contains($0.key) }
    }

    public static func minimalService(_ full: [String: Any]) -> [String: Any] {
        full.filter { minimalFields.contains($0.key) }
    }

    /// A `/service_at_locations` list item: the link with its location and service in list shape.
    public static func serviceAtLocationListItem(_ full: [String: Any]) -> [String: Any] {
        var item = full.filter { ["id", "service_id", "location_id"].contains($0.key) }
        if let location = full["location"] as? [String: Any] { item["location"] = location.filter { locationListFields.contains($0.key) } }
        if let service = full["service"] as? [String: Any] { item["service"] = serviceListItem(service) }
        return item
    }
}
