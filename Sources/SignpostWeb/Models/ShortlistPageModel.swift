import SignpostCore

/// `/shortlists/{id}`.
struct ShortlistPageModel {
    struct Entry {
        let position: Int
        let name: String
        let withdrawn: Bool
        let organisation: String
        let needName: String?
        let summary: String
        let phone: PhoneLink?
        let email: String?
        let website: String?
        let addresses: [String]
        let hoursText: String?
        let cost: String?
    }

    let chrome = PageChrome.privateLink
    let id: String
    let created: String
    let expires: String
    let entries: [Entry]

    init(_ shortlist: Shortlist) {
        id = shortlist.id
        created = PlainDate.long(shortlist.createdAt) ?? shortlist.createdAt
        expires = PlainDate.long(shortlist.expiresAt) ?? shortlist.expiresAt
        entries = shortlist.entries.enumerated().map { index, entry in
            guard let service = entry.service else {
                return Entry(position: index + 1, name: "Service \(entry.serviceID)", withdrawn: true, organisation: "",
                             needName: entry.needName, summary: "", phone: nil, email: nil, website: nil, addresses: [],
                             hoursText: nil, cost: nil)
            }
            return Entry(position: index + 1, name: service.name, withdrawn: false, organisation: service.organisation.name,
                         needName: entry.needName, summary: Summary.of(service.description, limit: 240),
                         phone: PhoneLink(service.phone), email: service.email, website: WebsiteLink.safe(service.url),
                         addresses: service.locations.map(ShortlistText.address),
                         hoursText: ServiceHours(service).oneLine, cost: service.cost)
        }
    }
}
