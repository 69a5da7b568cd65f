import SignpostCore

/// Writes one venue of a service as an HSDS service_at_location: the link, its location and the
/// service (without its other venues), as `/oruk/service_at_locations/{id}` serves it.
public enum ORUKServiceAtLocationWriter {
    /// `position` is which venue of the service it is; `linkID` its service_at_location id.
    public static func json(linkID: String, position: Int, service: [String: Any]) -> [String: Any] {
        let links = (service["service_at_locations"] as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
        // A feed's links may include some without a location object; Signpost kept only those with one.
        let venues = links.filter { $0["location"] is [String: Any] }
        let link = links.first { ORUKServiceMapper.string($0["id"]) == linkID } ?? (position < venues.count ? venues[position] : [:])
        var json: [String: Any] = ["id": linkID]
        var rest = service
        rest["service_at_locations"] = nil
        json["service"] = rest
        if let serviceID = service["id"] { json["service_id"] = serviceID }
        if let location = link["location"] as? [String: Any] {
            json["location"] = location
            if let id = location["id"] { json["location_id"] = id }
        }
        return json
    }
}
