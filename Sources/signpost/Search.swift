import ArgumentParser
import Foundation
import SignpostCore
import SignpostStore

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find services by need, words and place — the same ranking as the API.",
        discussion: """
            Examples:
              signpost search --postcode "DD1 4HN" --need money
              signpost search --postcode KY1 --need carers --need emotional --radius-km 20
              signpost search --postcode "E1 6AN" --q "can't afford to heat the flat" --json
              signpost search --postcode "E1 6AN" --need money --free --delivery phone --language Bengali
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Postcode, sector (DD1 4) or district (DD1) to search near.")
    var postcode: String?

    @Option(help: "Latitude, with --lon, instead of a postcode.")
    var lat: Double?

    @Option(help: "Longitude, with --lat.")
    var lon: Double?

    @Option(help: "Need slug (repeatable or comma-separated); see `signpost needs`.")
    var need: [String] = []

    @Option(help: "Free text, in the person's own words.")
    var q: String?

    @Option(name: .customLong("radius-km"), help: "Search radius in km (up to 200).")
    var radiusKm: Double = SearchRequest.defaultRadiusKilometres

    @Option(help: "Results per page (1–100).")
    var limit: Int = 20

    @Option(help: "Page number.")
    var page: Int = 1

    @Option(help: "relevance or distance.")
    var sort: String = "relevance"

    @Flag(name: .customLong("open-now"), help: "Only services open now (UK time), by their schedules.")
    var openNow = false

    @Flag(help: "Only services that cost nothing.")
    var free = false

    @Option(help: "Only services given this way: in-person, phone, online or home-visit.")
    var delivery: String?

    @Flag(help: "Only services that say they have wheelchair access.")
    var wheelchair = false

    @Option(help: "Only services offered in this language (e.g. Polish).")
    var language: String?

    @Flag(help: "Print the API's JSON instead of a table.")
    var json = false

    func run() async throws {
        let request = try makeRequest()
        let directory = try await database.open(quiet: json)
        let response: SearchResponse
        do { response = try await directory.search(request) } catch let error as SearchQueryError {
            throw CLIError(error.description)
        }
        if json {
            print(String(decoding: try JSONOutput.encoder(pretty: true).encode(response), as: UTF8.self))
        } else {
            print(ResultTable.render(response))
        }
    }

    func makeRequest() throws -> SearchRequest {
        let place: SearchRequest.Place?
        if let postcode {
            do { place = .postcode(try PostcodeQuery(postcode)) } catch { throw CLIError(error.description) }
        } else if let lat, let lon {
            guard (-90...90).contains(lat), (-180...180).contains(lon) else { throw CLIError("--lat/--lon are out of range") }
            place = .coordinates(GeoPoint(latitude: lat, longitude: lon))
        } else if lat != nil || lon != nil {
            throw CLIError("--lat and --lon go together")
        } else {
            place = nil
        }
        let needs = need.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        guard place != nil || !needs.isEmpty || !(q ?? "").isEmpty else {
            throw CLIError("give --postcode (or --lat/--lon), --need or --q")
        }
        guard let sortOrder = SearchRequest.Sort(rawValue: sort.lowercased()) else { throw CLIError("--sort must be relevance or distance") }
        do {
            let filters = try SearchFilters(openAt: openNow ? Date() : nil, free: free, delivery: delivery?.lowercased(),
                                            wheelchair: wheelchair, language: language)
            return try SearchRequest(place: place, needs: needs, text: q, radiusKilometres: radiusKm, limit: limit, page: page,
                                     sort: sortOrder, filters: filters)
        } catch {
            throw CLIError(error.description)
        }
    }
}
