import Foundation
import Hummingbird
import SignpostCore
import SignpostStore

/// The link worker's JSON API: HNA suggestions and shortlists.
struct SignpostingRoutes {
    let directory: Directory
    static let maxBodyBytes = 64 * 1024

    func register(on router: Router<AppRequestContext>) {
        router.post("/v1/hna/suggest") { request, _ in try await suggest(request) }
        router.post("/v1/shortlists") { request, _ in try await create(request) }
        router.get("/v1/shortlists/:id") { _, context in try await shortlist(context) }
    }

    struct SuggestBody: Decodable {
        var postcode: String?
        var concerns: [HNAConcern]?
        var perNeed: Int?
        enum CodingKeys: String, CodingKey { case postcode, concerns, perNeed = "per_need" }
    }

    func suggest(_ request: Request) async throws -> Response {
        let body: SuggestBody = try await Self.decode(request)
        guard let raw = body.postcode, !raw.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError(.invalidPostcode(.empty))
        }
        let postcode: PostcodeQuery
        do { postcode = try PostcodeQuery(raw) } catch { throw APIError(.invalidPostcode(error)) }
        guard let concerns = body.concerns else { throw APIError.invalidParameter("concerns", "give a list of concerns, like [{\"item\":\"hna.money_housing\",\"score\":9}]") }
        let perNeed = body.perNeed ?? 5
        guard (1...20).contains(perNeed) else { throw APIError.invalidParameter("per_need", "must be a whole number from 1 to 20") }
        do {
            return try JSONResponse.encode(try await directory.suggest(postcode: postcode, concerns: concerns, perNeed: perNeed))
        } catch let error as HNAError {
            throw APIError(status: .badRequest, code: error.item == nil ? "invalid_concerns" : "unknown_item",
                           message: error.description, field: "concerns")
        }
    }

    struct CreateBody: Decodable {
        var items: [Shortlist.Pick]?
    }

    func create(_ request: Request) async throws -> Response {
        let body: CreateBody = try await Self.decode(request)
        guard let items = body.items else {
            throw APIError.invalidParameter("items", "give a list like [{\"service_id\":12,\"need\":\"money\"}]")
        }
        do {
            let shortlist = try await directory.createShortlist(items)
            var response = try JSONResponse.encode(ShortlistBody(shortlist), status: .created)
            response.headers[.location] = "/v1/shortlists/\(shortlist.id)"
            return response
        } catch let error as ShortlistError {
            switch error {
            case .unknownService: throw APIError(status: .unprocessableContent, code: "unknown_service", message: error.description)
            case .unknownNeed: throw APIError(status: .badRequest, code: "unknown_need", message: error.description)
            default: throw APIError(status: .badRequest, code: "invalid_shortlist", message: error.description)
            }
        }
    }

    func shortlist(_ context: AppRequestContext) async throws -> Response {
        guard let shortlist = try await directory.shortlist(id: context.parameters.get("id") ?? "") else {
            throw APIError.notFound("There is no shortlist with that id, or it has expired (shortlists last \(Shortlist.lifetimeDays) days).")
        }
        return try JSONResponse.encode(ShortlistBody(shortlist))
    }

    /// A JSON body, size-capped, with a clear error for anything that is not the expected shape.
    static func decode<T: Decodable>(_ request: Request) async throws -> T {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: maxBodyBytes) } catch {
            throw APIError(status: .contentTooLarge, code: "too_large", message: "The body is larger than \(maxBodyBytes / 1024) KB.")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw APIError(status: .badRequest, code: "invalid_json", message: Self.describe(error))
        } catch {
            throw APIError(status: .badRequest, code: "invalid_json", message: "The body is not valid JSON.")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty: return "The body is not valid JSON."
        case .dataCorrupted(let context): return "\(path(context.codingPath)) could not be read."
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing."
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(path(context.codingPath)) has the wrong type."
        @unknown default: return "The body is not the expected JSON."
        }
    }
}

/// A shortlist as the API returns it, with links to its page and plain-text version.
struct ShortlistBody: Encodable {
    let shortlist: Shortlist
    init(_ shortlist: Shortlist) { self.shortlist = shortlist }

    enum CodingKeys: String, CodingKey { case url, textURL = "text_url" }

    func encode(to encoder: any Encoder) throws {
        try shortlist.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("/shortlists/\(shortlist.id)", forKey: .url)
        try c.encode("/shortlists/\(shortlist.id)/text", forKey: .textURL)
    }
}
