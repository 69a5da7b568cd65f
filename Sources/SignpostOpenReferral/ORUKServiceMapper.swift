import Foundation
import SignpostCore

/// Maps Open Referral UK service records — HSDS 3.0 (v3) and ORUK 1.0 — onto Signpost's model.
/// Pure mapping, no I/O. Taxonomy terms become needs through the taxonomy's crosswalk (ALISS
/// slugs, Open Eligibility terms, esd ids) and a source's own category mapping.
public struct ORUKServiceMapper: Sendable {
    public enum Version: Sendable { case v3, v1 }

    let source: String
    let crosswalk: [String: [String]]
    let categories: [String: (needs: [String], kinds: [String])]

    public init(source: String, taxonomy: Taxonomy?, categories: [String: (needs: [String], kinds: [String])] = [:]) {
        self.source = source
        self.categories = categories
        var crosswalk: [String: [String]] = [:]
        for need in taxonomy?.needs ?? [] {
            for term in need.crosswalk.aliss + need.crosswalk.openEligibility + need.crosswalk.esdNeed.map({ "esd:\($0)" }) {
                crosswalk[term.lowercased(), default: []].append(need.slug)
            }
        }
        self.crosswalk = crosswalk
    }

    /// The service, or nil when it has no id or name (the caller reports it as rejected).
    public func record(from json: [String: Any], version: Version, fetchedAt: String? = nil, url: String? = nil) -> ServiceRecord? {
        guard let id = Self.string(json["id"]), let name = Self.string(json["name"]) else { return nil }
        let organisation = json["organization"] as? [String: Any]
        let orgName = organisation.flatMap { Self.string($0["name"]) } ?? name
        let orgID = organisation.flatMap { Self.string($0["id"]) } ?? "org-\(id)"
        let phones: [String]
        let addressesKey: String
        switch version {
        case .v3:
            phones = Self.objects(json["phones"]).compactMap { Self.string($0["number"]) }
                + Self.objects(json["contacts"]).flatMap { Self.objects($0["phones"]) }.compactMap { Self.string($0["number"]) }
            addressesKey = "addresses"
        case .v1:
            phones = Self.objects(json["contacts"]).flatMap { Self.objects($0["phones"]) }.compactMap { Self.string($0["number"]) }
                + Self.objects(json["phones"]).compactMap { Self.string($0["number"]) }
            addressesKey = "physical_addresses"
        }
        let locations: [LocationRecord] = Self.objects(json["service_at_locations"]).compactMap { link in
            guard let location = link["location"] as? [String: Any] else { return nil }
            let address = Self.objects(location[addressesKey]).first ?? Self.objects(location["physical_addresses"]).first
            let lat = Self.number(location["latitude"]), lon = Self.number(location["longitude"])
            let point = lat.flatMap { la in lon.map { GeoPoint(latitude: la, longitude: $0) } }.flatMap { $0.isPlausible ? $0 : nil }
            let street = [address.flatMap { Self.string($0["address_1"]) }, address.flatMap { Self.string($0["city"]) }].compactMap { $0 }
            return LocationRecord(name: Self.string(location["name"]), address: street.isEmpty ? nil : street.joined(separator: ", "),
                                  postcode: address.flatMap { Self.string($0["postal_code"]) }.flatMap { try? Postcode($0) }?.normalised,
                                  point: point, sourceID: Self.string(link["id"]))
        }
        let areas = Self.objects(json["service_areas"]).compactMap { area -> String? in
            [Self.string(area["uri"]), Self.string(area["name"]) ?? Self.string(area["service_area"])].compactMap { $0 }.joined(separator: " ")
        }
        let schedules: [ScheduleRecord]
        switch version {
        case .v3:
            schedules = Self.objects(json["schedules"]).compactMap { s in
                let days = (Self.string(s["byday"]) ?? "").split(separator: ",").compactMap { Self.rruleDays[String($0).trimmingCharacters(in: .whitespaces).uppercased()] }
                guard !days.isEmpty else { return nil }
                return ScheduleRecord(days: days, opens: Self.string(s["opens_at"]).map { String($0.prefix(5)) },
                                      closes: Self.string(s["closes_at"]).map { String($0.prefix(5)) }, note: Self.string(s["description"]))
            }
        case .v1:
            schedules = Self.objects(json["regular_schedules"]).compactMap { s in
                guard let day = Self.string(s["weekday"]).flatMap({ Self.weekdays[$0.lowercased()] }) else { return nil }
                return ScheduleRecord(days: [day], opens: Self.string(s["opens_at"]).map { String($0.prefix(5)) },
                                      closes: Self.string(s["closes_at"]).map { String($0.prefix(5)) })
            }
        }
        var needs: [String] = [], kinds: [String] = []
        for term in terms(json, version: version) {
            for key in term {
                if let mapped = categories[key.lowercased()] {
                    needs += mapped.needs.filter { !needs.contains($0) }
                    kinds += mapped.kinds.filter { !kinds.contains($0) }
                }
                for need in crosswalk[key.lowercased()] ?? [] where !needs.contains(need) { needs.append(need) }
            }
        }
        let status: ServiceStatus = (Self.string(json["status"]) ?? "active").lowercased() == "active" ? .active : .inactive
        var record = ServiceRecord(
            externalID: "\(source):\(id)",
            organisation: OrganisationRecord(externalID: "\(source):\(orgID)", name: orgName,
                                             description: organisation.flatMap { Self.string($0["description"]) },
                                             url: organisation.flatMap { Self.string($0["website"]) ?? Self.string($0["url"]) },
                                             email: organisation.flatMap { Self.string($0["email"]) },
                                             sourceID: organisation.flatMap { Self.string($0["id"]) }),
            name: name, description: Self.string(json["description"]) ?? "", kinds: kinds, needs: needs, status: status,
            phone: phones.first, email: Self.string(json["email"]).flatMap { Self.isEmail($0) ? $0 : nil },
            url: Self.string(json["url"]).flatMap { Self.isWebAddress($0) ? $0 : nil },
            cost: Self.string(json["fees_description"]) ?? Self.string(json["fees"]),
            eligibility: Self.string(json["eligibility_description"]),
            serviceArea: areas.isEmpty ? nil : areas.joined(separator: "; "), locations: locations, schedules: schedules,
            lastVerifiedAt: Self.string(json["assured_date"]).map { String($0.prefix(10)) },
            provenance: Provenance(source: source, url: url, fetchedAt: fetchedAt))
        record.sourceID = id
        if version == .v3, let data = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]) {
            record.sourceDocument = String(decoding: data, as: UTF8.self)
        }
        return record
    }

    /// What is wrong with a record, field by field, as the ORUK validator would flag it: the record
    /// is still stored (fields that are not what they claim are left out of Signpost's copy).
    public static func problems(in json: [String: Any]) -> [String] {
        var problems: [String] = []
        if string(json["description"]) == nil { problems.append("description: missing") }
        if let url = string(json["url"]), !isWebAddress(url) { problems.append("url: not an absolute http(s) address: \(url)") }
        if let email = string(json["email"]), !isEmail(email) { problems.append("email: not an email address: \(email)") }
        if let status = string(json["status"]), !["active", "inactive", "defunct", "temporarily closed"].contains(status.lowercased()) {
            problems.append("status: unknown value \(status)")
        }
        for (index, attribute) in objects(json["attributes"]).enumerated() {
            guard let term = attribute["taxonomy_term"] as? [String: Any] else { continue }
            problems += termProblems(in: term).map { "attributes[\(index)].taxonomy_term.\($0)" }
        }
        return problems
    }

    static func isWebAddress(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(components.host ?? "").isEmpty
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !text.contains(" ")
    }

    /// Each taxonomy term as its possible keys (name, code, "esd:id").
    func terms(_ json: [String: Any], version: Version) -> [[String]] {
        switch version {
        case .v3:
            return Self.objects(json["attributes"]).compactMap { $0["taxonomy_term"] as? [String: Any] }.map { term in
                [Self.string(term["name"]), Self.string(term["term"]), Self.string(term["code"])].compactMap { $0 }
            }
        case .v1:
            return Self.objects(json["service_taxonomys"]).compactMap { $0["taxonomy"] as? [String: Any] }.map { term in
                let vocabulary = (Self.string(term["vocabulary"]) ?? "").lowercased()
                let id = Self.string(term["id"])
                return [Self.string(term["name"]), id, vocabulary.contains("esd") ? id.map { "esd:\($0)" } : nil].compactMap { $0 }
            }
        }
    }

    /// A paged `/services` response, either envelope: the ids on the page and whether it is the last.
    public static func page(_ json: [String: Any]) -> (items: [[String: Any]], isLast: Bool, version: Version)? {
        if let contents = json["contents"] as? [Any] {
            let items = contents.compactMap { $0 as? [String: Any] }
            let last = (json["last_page"] as? Bool) ?? (number(json["page_number"]).flatMap { p in number(json["total_pages"]).map { p >= $0 } } ?? items.isEmpty)
            return (items, last || items.isEmpty, .v3)
        }
        if let content = json["content"] as? [Any] {
            let items = content.compactMap { $0 as? [String: Any] }
            let last = (json["last"] as? Bool) ?? (number(json["number"]).flatMap { p in number(json["totalPages"]).map { p >= $0 } } ?? items.isEmpty)
            return (items, last || items.isEmpty, .v1)
        }
        return nil
    }

    /// The shape a service has: ORUK 1.0 when it uses 1.0's names for its parts.
    public static func version(of item: [String: Any]) -> Version {
        item["regular_schedules"] != nil || item["service_taxonomys"] != nil || item["physical_addresses"] != nil ? .v1 : .v3
    }

    static let rruleDays = ["MO": "mon", "TU": "tue", "WE": "wed", "TH": "thu", "FR": "fri", "SA": "sat", "SU": "sun"]
    static let weekdays = ["monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri", "saturday": "sat", "sunday": "sun"]

    static func objects(_ value: Any?) -> [[String: Any]] { (value as? [Any])?.compactMap { $0 as? [String: Any] } ?? [] }

    public static func string(_ value: Any?) -> String? {
        if let s = value as? String { let t = s.trimmingCharacters(in: .whitespacesAndNewlines); return t.isEmpty ? nil : t }
        if let n = value as? NSNumber { return n.stringValue }
        return nil
    }

    static func number(_ value: Any?) -> Double? {
        if let n = value as? NSNumber { return n.doubleValue }
        return (value as? String).flatMap(Double.init)
    }
}
