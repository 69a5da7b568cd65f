import Foundation
import SignpostCore

/// The child entities of a service Signpost found itself (seeded or crawled).
extension ORUKServiceWriter {
    /// Each venue as a service_at_location → physical location → address, with the service's
    /// wheelchair access as the location's accessibility.
    func venues(_ service: PublishedService) -> [[String: Any]] {
        service.view.locations.enumerated().map { index, venue in
            let linkID = index < service.locationIDs.count && !service.locationIDs[index].isEmpty
                ? service.locationIDs[index] : Self.childID(service.id, "service_at_location", index + 1)
            let locationID = Self.childID(linkID, "location")
            var location: [String: Any] = ["id": locationID, "location_type": "physical"]
            if let name = venue.name { location["name"] = name }
            if let point = venue.point, point.isPlausible { location["latitude"] = point.latitude; location["longitude"] = point.longitude }
            if let address = Self.address(venue, id: Self.childID(locationID, "address"), locationID: locationID) { location["addresses"] = [address] }
            if let access = service.view.wheelchairAccess {
                location["accessibility"] = [["id": Self.childID(locationID, "accessibility"), "location_id": locationID,
                                              "description": access ? "Wheelchair accessible" : "Not wheelchair accessible"]]
            }
            return ["id": linkID, "service_id": service.id, "location_id": locationID, "location": location]
        }
    }

    /// HSDS requires address_1, city, state_province, postal_code and country, so only a venue
    /// with a postcode gets an address: "12 High St, Dundee" → address_1 "12 High St", city "Dundee".
    /// Signpost does not keep the county, so the required state_province is left empty, not invented.
    static func address(_ venue: ServiceView.Location, id: String, locationID: String) -> [String: Any]? {
        guard let postcode = venue.postcode else { return nil }
        var parts = (venue.address ?? venue.name ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0.uppercased() != postcode.uppercased() }
        let city = parts.count > 1 ? parts.removeLast() : ""
        return ["id": id, "location_id": locationID, "address_type": "physical", "country": "GB",
                "address_1": parts.isEmpty ? postcode : parts.joined(separator: ", "), "city": city,
                "state_province": "", "postal_code": postcode]
    }

    /// Regular opening as weekly RRULE parts (`byday` MO,TU; `opens_at` 09:00). Times are UK local
    /// time, which has no fixed UTC offset, so no zone is written. Hours known only as text become
    /// a schedule with just its description.
    func schedules(_ service: PublishedService) -> [[String: Any]] {
        var entries = service.view.schedules.enumerated().map { index, schedule -> [String: Any] in
            var entry: [String: Any] = ["id": Self.childID(service.id, "schedule", index + 1), "service_id": service.id, "freq": "WEEKLY",
                                        "byday": schedule.days.map { $0.prefix(2).uppercased() }.joined(separator: ",")]
            if let opens = schedule.opens { entry["opens_at"] = opens + ":00" }
            if let closes = schedule.closes { entry["closes_at"] = closes + ":00" }
            if let note = schedule.note { entry["description"] = note }
            return entry
        }
        if entries.isEmpty, let hours = service.view.openingHours {
            entries.append(["id": Self.childID(service.id, "schedule"), "service_id": service.id, "description": hours])
        }
        return entries
    }

    /// The service's phone and email as one contact (HSDS 3.0 keeps phones under contacts).
    func contacts(_ service: PublishedService) -> [[String: Any]] {
        let view = service.view
        guard view.phone != nil || view.email != nil else { return [] }
        let contactID = Self.childID(service.id, "contact")
        var contact: [String: Any] = ["id": contactID, "service_id": service.id, "name": service.organization.name]
        if let email = view.email { contact["email"] = email }
        if let phone = view.phone { contact["phones"] = [["id": Self.childID(contactID, "phone"), "contact_id": contactID, "number": phone]] }
        return [contact]
    }

    /// The area as the source stated it, or else the areas Signpost read from it.
    func areas(_ service: PublishedService) -> [[String: Any]] {
        let names = service.view.serviceArea.map { [$0] } ?? service.view.coverage
        return names.enumerated().map { index, name in
            ["id": Self.childID(service.id, "service_area", index + 1), "service_id": service.id, "name": name,
             "extent_type": "text", "extent": name]
        }
    }

    /// Languages by name (HSDS 3.0 `name`; the UK profile keeps only the id, and extra fields are allowed).
    func languages(_ service: PublishedService) -> [[String: Any]] {
        service.view.languages.enumerated().map { index, name in
            ["id": Self.childID(service.id, "language", index + 1), "service_id": service.id, "name": name]
        }
    }

    /// Need tags as terms of the Signpost need taxonomy.
    func attributes(_ service: PublishedService) -> [[String: Any]] {
        service.view.needs.map { slug in
            ["id": Self.childID(service.id, "attribute:\(slug)"), "link_id": service.id, "link_type": "need",
             "link_entity": "service", "taxonomy_term_id": ORUKNeedTerms.termID(slug), "taxonomy_term": needs.term(slug)]
        }
    }

    /// When Signpost last stored a change, and from which source (HSDS 3.0 metadata).
    func metadata(_ service: PublishedService) -> [String: Any] {
        ["id": Self.childID(service.id, "metadata"), "resource_id": service.id, "resource_type": "service",
         "last_action_date": Self.dateTime(service.lastModified), "last_action_type": "update", "field_name": "",
         "previous_value": "", "replacement_value": "", "updated_by": "Signpost (source: \(service.view.source))"]
    }

    /// A cost as a cost_option: a free service has amount 0; a single "£12.50" becomes the amount;
    /// the words are always kept as the amount_description.
    static func costOption(_ cost: String, service: String) -> [String: Any] {
        var option: [String: Any] = ["id": childID(service, "cost_option"), "service_id": service, "amount_description": cost]
        if let amount = amount(cost) { option["amount"] = amount }
        return option
    }

    static func amount(_ cost: String) -> Double? {
        let text = cost.lowercased()
        if text.hasPrefix("free") || text.contains("free of charge") || text.contains("no charge") || text.contains("no cost") { return 0 }
        let prices = text.split(separator: "£", omittingEmptySubsequences: false).dropFirst()
            .compactMap { Double($0.prefix { $0.isNumber || $0 == "." }) }
        return prices.count == 1 ? prices[0] : nil
    }
}
