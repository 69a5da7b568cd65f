import Foundation
import SignpostCore

/// The plain-text table `signpost search` prints: one block per service, easy to read aloud.
enum ResultTable {
    static func render(_ response: SearchResponse) -> String {
        var lines: [String] = []
        let q = response.query
        var heading = "\(response.total) service\(response.total == 1 ? "" : "s")"
        if let place = q.place {
            heading += " near \(place.postcode ?? String(format: "%.4f, %.4f", place.point.latitude, place.point.longitude))"
            heading += " (\(place.precision.rawValue)"
            if let lad = place.localAuthority { heading += ", \(lad.name)" }
            heading += ")"
        }
        if !q.needs.isEmpty { heading += " for \(q.needs.joined(separator: ", "))" }
        if let text = q.q { heading += " matching \"\(text)\"" }
        lines.append(heading)
        for correction in q.corrections { lines.append("  (searched \"\(correction.to)\" for \"\(correction.from)\")") }
        for note in q.notes { lines.append("  ! \(note)") }
        lines.append("")
        let rows = response.results.enumerated().map { index, result -> [String] in
            let n = (response.page - 1) * response.limit + index + 1
            let distance = result.distanceKilometres.map { String(format: "%.1f km", $0) } ?? (result.coversArea ? "covers area" : "—")
            return ["\(n).\(result.urgent ? " URGENT" : "")", result.service.name, result.service.organisation.name, distance,
                    result.service.phone ?? "—", result.why.summary]
        }
        let headers = ["#", "Service", "Organisation", "Distance", "Phone", "Why"]
        let widths = (0..<headers.count).map { column in
            min(column == 5 ? 70 : 40, ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0)
        }
        func format(_ row: [String]) -> String {
            zip(row, widths).map { cell, width in
                let clipped = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
                return clipped.padding(toLength: width, withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        lines.append(format(headers))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += rows.map(format)
        if response.results.isEmpty { lines.append("No services found. Try a wider --radius-km, another need, or fewer words.") }
        let shown = response.results.count
        if response.total > (response.page - 1) * response.limit + shown {
            lines.append("")
            lines.append("Showing \(shown) of \(response.total); use --page \(response.page + 1) for more.")
        }
        return lines.joined(separator: "\n")
    }
}
