import Foundation
import SignpostCore

/// Writes Signpost services as HSDS 3.0 (UK profile) service objects, for `/oruk` and exports.
///
/// A service imported from an Open Referral feed is written back exactly as it came (fields
/// Signpost does not model included), so import → export loses nothing. Every other service is
/// built from Signpost's record, every entity HSDS has a place for: organization, venues with
/// addresses and accessibility, contact and phone, schedules, service areas, cost options,
/// languages, need terms as attributes, and metadata. Ids are UUIDs, stable across exports;
/// optional fields without a value are omitted, as ORUK asks.
public struct ORUKServiceWriter: Sendable {
    let needs: ORUKNeedTerms

    public init(taxonomy: Taxonomy?) { needs = ORUKNeedTerms(taxonomy: taxonomy) }

    /// The full service (`/oruk/services/{id}`, exports).
    public func json(for service: PublishedService) -> [String: Any] {
        if let original = Self.object(service.sourceDocument) { return original }
        let view = service.view
        var json: [String: Any] = [
            "id": service.id, "name": view.name, "status": view.status == .active ? "active" : "inactive",
            "organization_id": service.organization.id,
            "organization": ORUKOrganizationWriter.json(for: service.organization),
            "last_modified": Self.dateTime(service.lastModified),
        ]
        if !view.description.isEmpty { json["description"] = view.description }
        if let url = view.url { json["url"] = url }
        if let email = view.email { json["email"] = email }
        if let verified = view.lastVerifiedAt { json["assured_date"] = verified }
        if let eligibility = view.eligibility { json["eligibility_description"] = eligibility }
        if let cost = view.cost {
            json["fees"] = cost                                   // ORUK 3.0 still reads the deprecated field
            json["cost_options"] = [Self.costOption(cost, service: service.id)]
        }
        let parts: [(String, [[String: Any]])] = [
            ("service_at_locations", venues(service)), ("schedules", schedules(service)), ("contacts", contacts(service)),
            ("service_areas", areas(service)), ("languages", languages(service)), ("attributes", attributes(service)),
            ("metadata", [metadata(service)]),
        ]
        for (key, entities) in parts where !entities.isEmpty { json[key] = entities }
        return json
    }

    /// An id for a child entity of `owner`, the same on every export.
    static func childID(_ owner: String, _ kind: String, _ position: Int = 1) -> String {
        StableUUID.make("\(owner)/\(kind)/\(position)")
    }

    /// "2024-05-01T10:00:00Z" → "2024-05-01T10:00:00.000Z": HSDS asks for milliseconds.
    static func dateTime(_ stored: String) -> String {
        guard stored.hasSuffix("Z"), !stored.contains("."), stored.count == 20 else { return stored }
        return String(stored.dropLast()) + ".000Z"
    }

    static func object(_ text: String?) -> [String: Any]? {
        guard let text else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }
}
