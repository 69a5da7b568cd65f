import Foundation
import Hummingbird
import SignpostOpenReferral
import SignpostCore
import SignpostStore

/// Open Referral UK endpoints under `/oruk`, so other directories can harvest this one.
struct ORUKRoutes {
    let directory: Directory

    func register(on router: Router<AppRequestContext>) {
        router.get("/oruk") { _, _ in try Self.json(["version": "3.0", "profile": "https://openreferraluk.org/", "services": "/oruk/services"]) }
        router.get("/oruk/services") { request, _ in try await services(request) }
        router.get("/oruk/services/:id") { _, context in try await service(context) }
        router.get("/oruk/taxonomies") { request, _ in try await taxonomies(request) }
        router.get("/oruk/taxonomy_terms") { request, _ in try await taxonomyTerms(request) }
    }

    /// The need taxonomy as an HSDS taxonomy, so harvesters can map Signpost's need terms.
    func taxonomies(_ request: Request) async throws -> Response {
        let version = try directory.taxonomy().version
        return try Self.json(Self.page([["id": "signpost-needs", "name": "Signpost need categories",
                                         "description": "Needs from the Holistic Needs Assessment concerns checklist, version \(version).",
                                         "uri": "/v1/needs", "version": version]], total: 1, page: 1, perPage: 1))
    }

    func taxonomyTerms(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query)
        let (page, perPage) = try Self.paging(parameters)
        let needs = try directory.taxonomy().needs
        let slice = needs.dropFirst((page - 1) * perPage).prefix(perPage)
        return try Self.json(Self.page(slice.map { need in
            ["id": "signpost-need-\(need.slug)", "code": need.slug, "name": need.name, "description": need.description ?? need.name,
             "taxonomy_id": "signpost-needs", "term": need.slug] as [String: Any]
        }, total: needs.count, page: page, perPage: perPage))
    }

    static func paging(_ parameters: QueryParameters) throws -> (page: Int, perPage: Int) {
        let page = try parameters.int("page") ?? 1
        let perPage = try parameters.int("per_page") ?? 50
        guard (1...100_000).contains(page) else { throw APIError.invalidParameter("page", "must be a whole number from 1") }
        guard (1...1000).contains(perPage) else { throw APIError.invalidParameter("per_page", "must be a whole number from 1 to 1000") }
        return (page, perPage)
    }

    /// The HSDS 3 paging envelope.
    static func page(_ contents: [[String: Any]], total: Int, page: Int, perPage: Int) -> [String: Any] {
        let totalPages = max(1, (total + perPage - 1) / perPage)
        return ["total_items": total, "total_pages": totalPages, "page_number": page, "size": contents.count,
                "first_page": page == 1, "last_page": page >= totalPages, "empty": contents.isEmpty, "contents": contents]
    }

    /// `/oruk/services`: every active service, or — with `text`, `postcode`/`proximity` or
    /// `taxonomy_term_id` — Signpost's ranked search; `minimal=true` gives id, name, description, status.
    func services(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query)
        let (page, perPage) = try Self.paging(parameters)
        let minimal = parameters.first("minimal")?.lowercased() == "true"
        let text = parameters.first("text") ?? parameters.first("search")
        let postcode = parameters.first("postcode")
        let terms = parameters.all("taxonomy_term_id").flatMap { $0.split(separator: ",") }.map { term -> String in
            let value = String(term)
            return value.hasPrefix("signpost-need-") ? String(value.dropFirst("signpost-need-".count)) : value
        }
        var items: [(view: ServiceView, sourceDocument: String?)]
        let total: Int
        if text != nil || postcode != nil || !terms.isEmpty {
            var place: SearchRequest.Place?
            if let postcode {
                do { place = .postcode(try PostcodeQuery(postcode)) } catch { throw APIError(.invalidPostcode(error)) }
            }
            let metres = try parameters.double("proximity") ?? 10_000
            guard perPage <= SearchRequest.maxLimit else { throw APIError.invalidParameter("per_page", "must be at most 100 when searching") }
            let request: SearchRequest
            do {
                request = try SearchRequest(place: place, needs: terms, text: text, radiusKilometres: metres / 1000, limit: perPage, page: page)
            } catch { throw APIError(error) }
            let response: SearchResponse
            do { response = try await directory.search(request) } catch let error as SearchQueryError { throw APIError(error) }
            total = response.total
            let originals = try await directory.sourceDocuments(ids: response.results.map(\.service.id))
            items = response.results.map { ($0.service, originals[$0.service.id]) }
        } else {
            let result = try await directory.activeServicesPage(page: page, perPage: perPage)
            total = result.total
            items = result.items
        }
        let contents = items.map { item -> [String: Any] in
            let full = ORUKServiceWriter.json(for: item.view, original: item.sourceDocument)
            return minimal ? full.filter { ["id", "name", "description", "status", "url", "email"].contains($0.key) } : full
        }
        return try Self.json(Self.page(contents, total: total, page: page, perPage: perPage))
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
