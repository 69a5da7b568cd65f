/// Dates as people write them: "2026-03-12" (or a timestamp starting so) → "12 March 2026".
enum PlainDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    static func long(_ iso: String?) -> String? {
        guard let iso else { return nil }
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(day) \(months[month - 1]) \(year)"
    }
}
