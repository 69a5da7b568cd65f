import SignpostCore

/// The plain-text shortlist, to paste into an email or a letter.
public enum ShortlistText {
    public static func render(_ shortlist: Shortlist) -> String {
        var lines = ["Shortlist of support",
                     "Made on \(PlainDate.long(shortlist.createdAt) ?? shortlist.createdAt); available until \(PlainDate.long(shortlist.expiresAt) ?? shortlist.expiresAt).",
                     ""]
        for (index, entry) in shortlist.entries.enumerated() {
            guard let service = entry.service else {
                lines += ["\(index + 1). Service \(entry.serviceID) is no longer listed.", ""]
                continue
            }
            lines.append("\(index + 1). \(service.name) – \(service.organisation.name)")
            if let need = entry.needName { lines.append("   For: \(need)") }
            lines.append("   " + Summary.of(service.description, limit: 240))
            if let phone = service.phone { lines.append("   Phone: \(phone)") }
            if let email = service.email { lines.append("   Email: \(email)") }
            if let url = service.url { lines.append("   Website: \(url)") }
            for location in service.locations { lines.append("   Address: \(address(location))") }
            if let hours = ServiceHours(service).oneLine { lines.append("   Opening times: \(hours)") }
            if let cost = service.cost { lines.append("   Cost: \(cost)") }
            lines.append("")
        }
        lines.append("Services change: check with them before you travel.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func address(_ location: ServiceView.Location) -> String {
        [location.name, location.address, location.postcode].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
