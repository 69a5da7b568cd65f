import Foundation
import Hummingbird
import SignpostOpenReferral
import SignpostStore

/// Open Referral UK endpoints under `/oruk`, so other directories can harvest this one.
struct ORUKRoutes {
    let directory: Directory

    func register(on router: Router<AppRequestContext>) {
        router.get("/oruk") { _, _ in try Self.json(["version": "3.0", "profile": "https://openreferraluk.org/", "services": "/oruk/services"]) }
        router.get("/oruk/services") { request, _ in try await services(request) }
        router.get("/oruk/services/:id") { _, context in try await service(context) }
    }

    func services(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query)
        let page = try parameters.int("page") ?? 1
        let perPage = try parameters.int("per_page") ?? 50
        guard (1...100_000).contains(page) else { throw APIError.invalidParameter("page", "must be a whole number from 1") }
        guard (1...1000).contains(perPage) else { throw APIError.invalidParameter("per_page", "must be a whole number from 1 to 1000") }
        let result = try await directory.activeServicesPage(page: page, perPage: perPage)
        let totalPages = max(1, (result.total + perPage - 1) / perPage)
        return try Self.json([
            "total_items": result.total, "total_pages": totalPages, "page_number": page, "size": result.items.count,
            "first_page": page == 1, "last_page": page >= totalPages, "empty": result.items.isEmpty,
            "contents": result.items.map { ORUKServiceWriter.json(for: $0.view, original: $0.sourceDocument) },
        ])
    }

    func service(_ context: AppRequestContext) async throws -> Response {
        let id = (context.parameters.get("id") ?? "").removingPercentEncoding ?? ""
        guard !id.isEmpty, id.count <= 500 else { throw APIError.invalidParameter("id", "is missing or too long") }
        guard let found = try await directory.activeService(externalID: id) else { throw APIError.notFound("There is no active service \(id).") }
        return try Self.json(ORUKServiceWriter.json(for: found.view, original: found.sourceDocument))
    }

    static func json(_ object: Any) throws -> Response {
        JSONResponse.make(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}
