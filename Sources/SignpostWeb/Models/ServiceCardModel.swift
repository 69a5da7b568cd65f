import SignpostCore

/// A service as a results card shows it (see `ServiceCardPartial`).
struct ServiceCardModel {
    let id: Int64
    let name: String
    let organisation: String
    let summary: String
    let distance: String?
    let covers: String?
    let hoursLine: String?
    let openNow: Bool
    let closedNow: Bool
    /// "closes at 5pm", "opens tomorrow at 9:30am".
    let nextChange: String?
    let deliveryLine: String?
    let cost: String?
    let phone: PhoneLink?
    let email: String?
    let hasContact: Bool
    let lastChecked: String?
    /// Not checked for over a year: say so, so nobody travels on old information.
    let stale: Bool
    let urgent: Bool

    init(_ result: SearchResult, now: UKTime) {
        self.init(result.service, distanceKilometres: result.distanceKilometres, coversArea: result.why.coversArea,
                  urgent: result.urgent, now: now)
    }

    init(_ service: ServiceView, distanceKilometres: Double?, coversArea: String?, urgent: Bool, now: UKTime) {
        id = service.id
        name = service.name
        organisation = service.organisation.name
        summary = Summary.of(service.description)
        distance = distanceKilometres.map(PlainDistance.miles)
        if distanceKilometres != nil {
            covers = nil
        } else if service.national {
            covers = "National service" + (coversArea.map { " (\($0))" } ?? "")
        } else {
            covers = coversArea.map { "Covers your area (\($0))" } ?? (service.coverage.isEmpty ? nil : "Covers your area")
        }
        let hours = ServiceHours(service, now: now)
        hoursLine = hours.oneLine
        openNow = hours.openNow
        closedNow = hours.closedNow
        nextChange = hours.nextChange
        deliveryLine = DeliveryWords.line(service.delivery)
        cost = service.cost
        phone = PhoneLink(service.phone)
        email = service.email
        hasContact = phone != nil || email != nil
        lastChecked = PlainDate.long(service.lastVerifiedAt)
        stale = Freshness.isStale(service.lastVerifiedAt, today: now.isoDate)
        self.urgent = urgent
    }
}
