import Foundation
import SignpostOpenReferral
import SignpostStore

/// The `/oruk` list parameters, read once and checked: paging, `modified_after`, `taxonomy_id`,
/// and which shape items take (`minimal`, `full_service`).
struct ORUKListParameters {
    enum Shape { case list, full, minimal }

    var page = 1
    var perPage = 50
    var shape = Shape.list
    var filter = PublishedFilter()

    init(_ parameters: QueryParameters) throws(APIError) {
        (page, perPage) = try Self.paging(parameters)
        let full = try Self.flag(parameters, "full_service"), fullHSDS = try Self.flag(parameters, "full")
        if full || fullHSDS { shape = .full }
        if try Self.flag(parameters, "minimal") { shape = .minimal }
        if let raw = parameters.first("modified_after") { filter.modifiedAfter = try Self.instant(raw) }
        if let taxonomy = parameters.first("taxonomy_id")?.trimmingCharacters(in: .whitespaces), !taxonomy.isEmpty {
            filter.taxonomy = ORUKNeedTerms.isNeedTaxonomy(taxonomy) ? .needs : .source(taxonomy)
        }
    }

    static func paging(_ parameters: QueryParameters) throws(APIError) -> (page: Int, perPage: Int) {
        let page = try parameters.int("page") ?? 1
        let perPage = try parameters.int("per_page") ?? 50
        guard (1...100_000).contains(page) else { throw APIError.invalidParameter("page", "must be a whole number from 1") }
        guard (1...1000).contains(perPage) else { throw APIError.invalidParameter("per_page", "must be a whole number from 1 to 1000") }
        return (page, perPage)
    }

    static func flag(_ parameters: QueryParameters, _ name: String) throws(APIError) -> Bool {
        guard let raw = parameters.first(name)?.lowercased() else { return false }
        switch raw {
        case "true", "1", "": return true
        case "false", "0": return false
        default: throw APIError.invalidParameter(name, "must be true or false")
        }
    }

    /// An ISO 8601 date-time (or date) as the UTC "YYYY-MM-DDTHH:MM:SSZ" services' `updated_at` uses.
    ///
    /// A `+` in a query string decodes to a space, so "…T10:00:00+01:00" arrives with a space in
    /// place of the plus; a date-time never has a space, so it is put back.
    static func instant(_ raw: String) throws(APIError) -> String {
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "+")
        let formatter = ISO8601DateFormatter()
        var date: Date?
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime], [.withFullDate]] {
            formatter.formatOptions = options
            if let parsed = formatter.date(from: text) { date = parsed; break }
        }
        // The formatter rolls "25:00" over into the next day; a caller who wrote that made a mistake.
        let clock = text.split(separator: "T").dropFirst().first.map { $0.prefix(8).split(separator: ":").compactMap { Int($0.prefix(2)) } } ?? []
        let inRange = clock.count < 2 || (clock[0] < 24 && clock[1] < 60 && (clock.count < 3 || clock[2] < 61))
        guard let date, inRange else {
            throw APIError.invalidParameter("modified_after", "must be an ISO 8601 date-time such as 2024-05-01T09:00:00Z (or a date, 2024-05-01); got \"\(raw.prefix(60))\"")
        }
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
