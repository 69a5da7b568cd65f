import Foundation
import Hummingbird
import SignpostOpenReferral
import SignpostCore
import SignpostStore

/// Open Referral UK endpoints under `/oruk`, so other directories can harvest this one: the
/// UK profile's services, service_at_locations and taxonomies, plus HSDS organizations. Only
/// active services (and the organisations that run them) are served.
struct ORUKRoutes {
    let directory: Directory

    func register(on router: Router<AppRequestContext>) {
        router.get("/oruk") { _, _ in try Self.json(["version": "3.0", "profile": "https://openreferraluk.org/", "services": "/oruk/services"]) }
        router.get("/oruk/services") { request, _ in try await services(request) }
        router.get("/oruk/services/:id") { _, context in try await service(context) }
        router.get("/oruk/organizations") { request, _ in try await organizations(request) }
        router.get("/oruk/organizations/:id") { request, context in try await organization(request, context) }
        router.get("/oruk/service_at_locations") { request, _ in try await serviceAtLocations(request) }
        router.get("/oruk/service_at_locations/:id") { _, context in try await serviceAtLocation(context) }
        router.get("/oruk/taxonomies") { request, _ in try await taxonomies(request) }
        router.get("/oruk/taxonomies/:id") { _, context in try await taxonomy(context) }
        router.get("/oruk/taxonomy_terms") { request, _ in try await taxonomyTerms(request) }
        router.get("/oruk/taxonomy_terms/:id") { _, context in try await taxonomyTerm(context) }
    }

    func writer() throws -> ORUKServiceWriter { ORUKServiceWriter(taxonomy: try directory.taxonomy()) }

    /// `/oruk/services`: active services in list shape (`full_service=true` for full ones,
    /// `minimal=true` for id, name and last change). `text`, `postcode`/`proximity` and
    /// `taxonomy_term_id` go through the ranked search; `modified_after` and `taxonomy_id` filter
    /// the listing or, with those, the search.
    func services(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query)
        let list = try ORUKListParameters(parameters)
        let text = parameters.first("text") ?? parameters.first("search")
        let postcode = parameters.first("postcode")
        let needs = ORUKNeedTerms(taxonomy: try directory.taxonomy())
        let terms = parameters.all("taxonomy_term_id").flatMap { $0.split(separator: ",") }.map { needs.slug(forTermID: String($0)) ?? String($0) }
        let items: [PublishedService]
        let total: Int
        if text != nil || postcode != nil || !terms.isEmpty {
            if case .source? = list.filter.taxonomy {
                throw APIError.invalidParameter("taxonomy_id", "of another directory's taxonomy cannot be combined with text, postcode or taxonomy_term_id; use it on its own")
            }
            var place: SearchRequest.Place?
            if let postcode {
                do { place = .postcode(try PostcodeQuery(postcode)) } catch { throw APIError(.invalidPostcode(error)) }
            }
            let metres = try parameters.double("proximity") ?? 10_000
            guard list.perPage <= SearchRequest.maxLimit else { throw APIError.invalidParameter("per_page", "must be at most 100 when searching") }
            let search: SearchRequest
            do {
                let filters = try SearchFilters(changedSince: list.filter.modifiedAfter, tagged: list.filter.taxonomy == .needs)
                search = try SearchRequest(place: place, needs: terms, text: text, radiusKilometres: metres / 1000, limit: list.perPage,
                                           page: list.page, filters: filters)
            } catch { throw APIError(error) }
            let response: SearchResponse
            do { response = try await directory.search(search) } catch let error as SearchQueryError { throw APIError(error) }
            total = response.total
            items = try await directory.publishedServices(ids: response.results.map(\.service.id))
        } else {
            (total, items) = try await directory.publishedServicesPage(page: list.page, perPage: list.perPage, filter: list.filter)
        }
        let writer = try writer()
        let contents = items.map { item -> [String: Any] in
            let full = writer.json(for: item)
            switch list.shape {
            case .full: return full
            case .list: return ORUKShape.serviceListItem(full)
            case .minimal: return ORUKShape.minimalService(full)
            }
        }
        return try Self.json(Self.page(contents, total: total, page: list.page, perPage: list.perPage))
    }

    func service(_ context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        guard let found = try await directory.publishedService(id: id) else { throw APIError.notFound("There is no active service \(id).") }
        return try Self.json(try writer().json(for: found))
    }

    /// The `:id` path parameter, decoded and bounded.
    static func id(_ context: AppRequestContext) throws -> String {
        let id = (context.parameters.get("id") ?? "").removingPercentEncoding ?? ""
        guard !id.isEmpty, id.count <= 500 else { throw APIError.invalidParameter("id", "is missing or too long") }
        return id
    }

    /// The HSDS 3 paging envelope.
    static func page(_ contents: [[String: Any]], total: Int, page: Int, perPage: Int) -> [String: Any] {
        let totalPages = max(1, (total + perPage - 1) / perPage)
        return ["total_items": total, "total_pages": totalPages, "page_number": page, "size": contents.count,
                "first_page": page == 1, "last_page": page >= totalPages, "empty": contents.isEmpty, "contents": contents]
    }

    static func json(_ object: Any) throws -> Response {
        JSONResponse.make(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}
