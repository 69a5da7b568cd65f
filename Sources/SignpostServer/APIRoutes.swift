import Foundation
import Hummingbird
import SignpostCore
import SignpostStore

/// The `/v1` JSON API.
struct APIRoutes {
    let directory: Directory

    func register(on router: Router<AppRequestContext>) {
        router.get("/v1/search") { request, _ in try await search(request) }
        router.get("/v1/services/:id") { _, context in try await service(context) }
        router.get("/v1/needs") { _, _ in try JSONResponse.encode(try directory.taxonomy()) }
        router.get("/v1/postcodes/:postcode") { _, context in try await postcode(context) }
        router.get("/v1/about") { _, _ in try await about() }
        router.get("/healthz") { _, _ in
            try await directory.ping()
            return try JSONResponse.encode(["status": "ok"])
        }
    }

    func search(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query)
        let searchRequest = try SearchRequest(parameters: parameters)
        do {
            return try JSONResponse.encode(try await directory.search(searchRequest))
        } catch let error as SearchQueryError {
            throw APIError(error)
        }
    }

    func service(_ context: AppRequestContext) async throws -> Response {
        let raw = context.parameters.get("id") ?? ""
        guard let id = Int64(raw), id > 0 else {
            throw APIError.invalidParameter("id", "must be a service number such as 42")
        }
        guard let view = try await directory.service(id: id) else {
            throw APIError.notFound("There is no active service \(id).")
        }
        return try JSONResponse.encode(view)
    }

    func postcode(_ context: AppRequestContext) async throws -> Response {
        let raw = (context.parameters.get("postcode") ?? "").removingPercentEncoding ?? ""
        let query: PostcodeQuery
        do { query = try PostcodeQuery(raw) } catch { throw APIError(.invalidPostcode(error)) }
        do {
            return try JSONResponse.encode(PostcodeView(try await directory.resolve(query)))
        } catch let error as SearchQueryError {
            throw APIError(error)
        }
    }

    func about() async throws -> Response {
        let stats = try await directory.stats()
        let taxonomy = try directory.taxonomy()
        return try JSONResponse.encode(AboutView(
            name: "Signpost", version: SignpostVersion.current,
            description: "A community asset directory: what supports a need near a postcode.",
            counts: stats, taxonomyVersion: taxonomy.version,
            attribution: Directory.dataAttribution + taxonomy.attribution,
            sampleDataNotice: "The bundled directory is fictional sample data: names, phone numbers (Ofcom drama ranges) and @example.org addresses are made up."))
    }
}

/// A resolved postcode as `/v1/postcodes/{postcode}` returns it.
struct PostcodeView: Encodable {
    var place: ResolvedPlace
    init(_ place: ResolvedPlace) { self.place = place }

    enum CodingKeys: String, CodingKey {
        case postcode, precision, latitude, longitude, nation, outcode, sector
        case localAuthority = "local_authority"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(place.postcode, forKey: .postcode)
        try c.encode(place.precision.rawValue, forKey: .precision)
        try c.encode(place.point.latitude, forKey: .latitude)
        try c.encode(place.point.longitude, forKey: .longitude)
        try c.encode(place.nation, forKey: .nation)
        try c.encode(place.outcode, forKey: .outcode)
        try c.encode(place.sector, forKey: .sector)
        try c.encode(place.localAuthority, forKey: .localAuthority)
    }
}

struct AboutView: Encodable {
    var name: String
    var version: String
    var description: String
    var counts: DirectoryStats
    var taxonomyVersion: String
    var attribution: [String]
    var sampleDataNotice: String

    enum CodingKeys: String, CodingKey {
        case name, version, description, counts, attribution
        case taxonomyVersion = "taxonomy_version", sampleDataNotice = "sample_data_notice"
    }
}
