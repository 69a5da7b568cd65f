import SignpostCore

/// How current a listing is, for residents deciding whether to travel on it.
enum Freshness {
    /// A listing is stale when nobody has checked it for over a year (Connected Places escalates
    /// at 12 months; Scout warns at 6 — a year keeps the warning for the listings that need it).
    static let staleAfterDays = 365

    static func isStale(_ lastVerified: String?, today: String) -> Bool {
        guard let lastVerified, let checked = CivilDate.dayNumber(lastVerified), let now = CivilDate.dayNumber(today) else { return false }
        return now - checked > staleAfterDays
    }
}
