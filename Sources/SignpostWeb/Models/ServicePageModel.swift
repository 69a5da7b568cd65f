import SignpostCore

/// `/services/{id}`.
struct ServicePageModel {
    struct NeedLink { let href: String; let name: String; let last: Bool }
    struct Location { let name: String?; let address: String?; let postcode: String? }
    struct Detail {
        let name: String
        let organisation: String
        let paragraphs: [String]
        let hasNeeds: Bool
        let needLinks: [NeedLink]
        let phone: PhoneLink?
        let email: String?
        let website: String?
        let hasContact: Bool
        let deliveryLine: String?
        let hasLocations: Bool
        let locations: [Location]
        let hasHours: Bool
        let hours: [String]
        let openNow: Bool
        let closedNow: Bool
        let nextChange: String?
        let cost: String?
        let eligibility: String?
        let areaLine: String?
        let wheelchairLine: String?
        let languagesLine: String?
        let lastChecked: String?
        let stale: Bool
    }

    let chrome = PageChrome.resident
    let service: Detail

    init(_ view: ServiceView, taxonomy: Taxonomy, now: UKTime) {
        let needs = view.needs.compactMap { taxonomy.need($0) }.filter { $0.safety != .urgent }
        let hours = ServiceHours(view, now: now)
        let area: String? = view.national ? "The whole of \(view.coverage.first ?? "the UK")"
            : (view.coverage.isEmpty ? view.serviceArea : view.coverage.joined(separator: ", "))
        service = Detail(
            name: view.name, organisation: view.organisation.name, paragraphs: Summary.paragraphs(view.description),
            hasNeeds: !needs.isEmpty,
            needLinks: needs.enumerated().map { index, need in
                NeedLink(href: "/search?need=\(need.slug)", name: need.name, last: index == needs.count - 1)
            },
            phone: PhoneLink(view.phone), email: view.email, website: WebsiteLink.safe(view.url),
            hasContact: view.phone != nil || view.email != nil, deliveryLine: DeliveryWords.line(view.delivery),
            hasLocations: !view.locations.isEmpty,
            locations: view.locations.map { Location(name: $0.name, address: $0.address, postcode: $0.postcode) },
            hasHours: !hours.lines.isEmpty, hours: hours.lines, openNow: hours.openNow, closedNow: hours.closedNow,
            nextChange: hours.nextChange,
            cost: view.cost, eligibility: view.eligibility, areaLine: area,
            wheelchairLine: view.wheelchairAccess.map { $0 ? "Yes" : "No, or not fully: contact them to check" },
            languagesLine: view.languages.isEmpty ? nil : view.languages.joined(separator: ", "),
            lastChecked: PlainDate.long(view.lastVerifiedAt), stale: Freshness.isStale(view.lastVerifiedAt, today: now.isoDate))
    }
}

/// Only http(s) links become clickable: a listing's `javascript:` URL must never reach an href.
enum WebsiteLink {
    static func safe(_ url: String?) -> String? {
        guard let url else { return nil }
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }
}
