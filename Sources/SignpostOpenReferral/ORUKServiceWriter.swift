import Foundation
import SignpostCore

/// Writes Signpost services as HSDS 3.0 (UK profile) service objects, for `/oruk` and exports.
/// A service imported from an Open Referral feed is written back as it came (fields Signpost does
/// not model included), so import → export loses nothing.
public enum ORUKServiceWriter {
    public static func json(for view: ServiceView, original: String? = nil) -> [String: Any] {
        if let original, let data = original.data(using: .utf8),
           let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] {
            return object
        }
        var service: [String: Any] = [
            "id": view.externalID, "name": view.name, "description": view.description,
            "status": view.status == .active ? "active" : "inactive",
            "organization": ["id": "org-\(view.organisation.id)", "name": view.organisation.name,
                             "description": view.organisation.name] as [String: Any],
        ]
        if let url = view.url { service["url"] = url }
        if let email = view.email { service["email"] = email }
        if let cost = view.cost { service["fees_description"] = cost }
        if let eligibility = view.eligibility { service["eligibility_description"] = eligibility }
        if let verified = view.lastVerifiedAt { service["assured_date"] = verified }
        if let phone = view.phone { service["phones"] = [["id": "\(view.externalID)-phone", "number": phone]] }
        service["service_at_locations"] = view.locations.enumerated().map { index, location -> [String: Any] in
            var place: [String: Any] = ["id": "\(view.externalID)-location-\(index + 1)", "location_type": "physical"]
            if let name = location.name { place["name"] = name }
            if let lat = location.latitude, let lon = location.longitude { place["latitude"] = lat; place["longitude"] = lon }
            // HSDS requires every address field; only a venue with a postcode gets an address.
            if let postcode = location.postcode {
                let parts = (location.address ?? location.name ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                place["addresses"] = [[
                    "id": "\(view.externalID)-address-\(index + 1)", "address_type": "physical", "country": "GB",
                    "address_1": parts.first ?? postcode, "city": parts.count > 1 ? parts.last! : "", "state_province": "",
                    "postal_code": postcode,
                ] as [String: Any]]
            }
            return ["id": "\(view.externalID)-sal-\(index + 1)", "location": place]
        }
        service["schedules"] = view.schedules.enumerated().map { index, schedule -> [String: Any] in
            var entry: [String: Any] = ["id": "\(view.externalID)-schedule-\(index + 1)", "freq": "WEEKLY",
                                        "byday": schedule.days.map { $0.prefix(2).uppercased() }.joined(separator: ",")]
            if let opens = schedule.opens { entry["opens_at"] = opens + ":00" }
            if let closes = schedule.closes { entry["closes_at"] = closes + ":00" }
            if let note = schedule.note { entry["description"] = note }
            return entry
        }
        if let area = view.serviceArea { service["service_areas"] = [["id": "\(view.externalID)-area", "name": area]] }
        service["attributes"] = view.needs.map { need -> [String: Any] in
            ["id": "\(view.externalID)-need-\(need)", "link_type": "need",
             "taxonomy_term": ["id": "signpost-need-\(need)", "code": need, "name": need, "description": "Signpost need category \(need)",
                               "taxonomy": "signpost-needs"] as [String: Any]]
        }
        return service
    }
}
