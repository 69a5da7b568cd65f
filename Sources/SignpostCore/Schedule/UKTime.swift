import Foundation

/// A moment as a UK clock shows it: the weekday and the minutes since midnight, in
/// Europe/London time (so summer time is right without anyone thinking about it).
public struct UKTime: Hashable, Sendable {
    public static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// "mon"…"sun".
    public var day: String
    public var minutes: Int
    /// The calendar date, "YYYY-MM-DD".
    public var isoDate: String

    public init(day: String, minutes: Int, isoDate: String = "2026-01-05") {
        self.day = day
        self.minutes = minutes
        self.isoDate = isoDate
    }

    public init(_ instant: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: instant)
        // Calendar weekdays run Sunday = 1 … Saturday = 7.
        let weekday = parts.weekday ?? 1
        self.day = Self.days[(weekday + 5) % 7]
        self.minutes = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "01" }
        self.isoDate = "\(parts.year ?? 1970)-\(two(parts.month))-\(two(parts.day))"
    }
}
