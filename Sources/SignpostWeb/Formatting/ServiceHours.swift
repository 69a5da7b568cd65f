import SignpostCore

/// A service's opening as every page shows it: the schedule read out (or, without one, the
/// listing's own wording), and — given a moment — whether it is open and when that changes.
struct ServiceHours {
    let lines: [String]
    let openNow: Bool
    let closedNow: Bool
    let nextChange: String?

    init(_ service: ServiceView, now: UKTime? = nil) {
        let times = OpeningTimes(service.schedules)
        let scheduled = times.lines
        lines = scheduled.isEmpty ? service.openingHours.map { [$0] } ?? [] : scheduled
        let open = now.flatMap { times.isOpen(at: $0) }
        openNow = open == true
        closedNow = open == false
        nextChange = now.flatMap { times.nextChange(at: $0) }
    }

    /// All on one line, for cards, shortlists and plain text.
    var oneLine: String? { lines.isEmpty ? nil : lines.joined(separator: "; ") }
}
