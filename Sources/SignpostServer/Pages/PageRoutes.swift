import Foundation
import Hummingbird
import Logging
import SignpostCore
import SignpostStore
import SignpostWeb

/// The HTML pages: resident search (`/`, `/search`, `/services/{id}`) and the link worker's
/// HNA flow (`/hna`, `/shortlists`). Server-rendered and complete without JavaScript.
struct PageRoutes {
    let directory: Directory
    let renderer: PageRenderer
    let clock: @Sendable () -> Date

    func register(on router: Router<AppRequestContext>) {
        router.get("/") { _, _ in HTMLResponse.page(renderer.home(taxonomy: try directory.taxonomy())) }
        router.get("/search") { request, _ in try await search(request) }
        router.get("/services/:id") { _, context in try await service(context) }
        router.get("/hna") { _, _ in HTMLResponse.page(renderer.hna(taxonomy: try directory.taxonomy())) }
        router.post("/hna") { request, _ in try await suggest(request) }
        router.post("/shortlists") { request, _ in try await makeShortlist(request) }
        router.get("/shortlists/:id") { _, context in try await shortlist(context) }
        router.get("/shortlists/:id/text") { _, context in try await shortlistText(context) }
        router.get("/assets/signpost.css") { _, _ in HTMLResponse.asset(SiteStylesheet.css, type: "text/css; charset=utf-8") }
        router.get("/assets/signpost.js") { _, _ in HTMLResponse.asset(SiteScript.js, type: "text/javascript; charset=utf-8") }
    }

    // MARK: resident search

    func search(_ request: Request) async throws -> Response {
        let taxonomy = try directory.taxonomy()
        let parameters: QueryParameters
        do { parameters = try QueryParameters(request.uri.query) } catch {
            return HTMLResponse.page(renderer.home(errors: [FieldError(field: "q", message: "That search could not be read. Please type it again.")], taxonomy: taxonomy), status: .badRequest)
        }
        let query = SearchPageQuery(parameters)
        let now = clock()
        do {
            let searchRequest = try SearchRequest(parameters: parameters, now: now)
            let response = try await directory.search(searchRequest)
            return HTMLResponse.page(renderer.results(query: query, response: response, taxonomy: taxonomy, now: now))
        } catch {
            let api = (error as? APIError) ?? (error as? SearchQueryError).map(APIError.init)
            guard let api else { throw error }
            let fieldError = Self.fieldError(api, taxonomy: taxonomy, query: query)
            if query.postcode.isEmpty && query.needs.isEmpty && query.q.isEmpty {
                return HTMLResponse.page(renderer.home(query: query, errors: [fieldError], taxonomy: taxonomy), status: api.status)
            }
            return HTMLResponse.page(renderer.results(query: query, response: nil, errors: [fieldError], taxonomy: taxonomy, now: now),
                                     status: api.status)
        }
    }

    /// An API error as a message beside the form field it is about.
    static func fieldError(_ error: APIError, taxonomy: Taxonomy, query: SearchPageQuery) -> FieldError {
        var message = error.message
        if let field = error.field, message.hasPrefix("\(field): ") { message = String(message.dropFirst(field.count + 2)) }
        switch error.field {
        case "postcode", "lat", "lon":
            if error.code == "invalid_parameter", query.postcode.isEmpty, query.needs.isEmpty, query.q.isEmpty {
                return FieldError(field: "postcode", message: "Enter a postcode, choose what would help, or say what you are looking for.")
            }
            return FieldError(field: "postcode", message: message)
        case "need":
            return FieldError(field: "need-\(taxonomy.needs.first?.slug ?? "money")", message: "Choose from the list of needs.")
        case "q":
            return FieldError(field: "q", message: message)
        default:
            // Filters and paging come from our own links; say what is wrong next to the search.
            return FieldError(field: "q", message: message)
        }
    }

    func service(_ context: AppRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(Int64.init), id > 0,
              let view = try await directory.service(id: id) else {
            return notFound("This service is not in the directory. It may have closed or moved.")
        }
        return HTMLResponse.page(renderer.service(view, taxonomy: try directory.taxonomy(), now: clock()))
    }

    // MARK: link workers

    func suggest(_ request: Request) async throws -> Response {
        let taxonomy = try directory.taxonomy()
        let input = HNAFormInput(try await FormBody.read(request))
        return try await suggestions(for: input, taxonomy: taxonomy)
    }

    /// Checks the HNA form and renders suggestions, or the form again with its errors.
    func suggestions(for input: HNAFormInput, taxonomy: Taxonomy, extraErrors: [FieldError] = []) async throws -> Response {
        var errors: [FieldError] = []
        let (concerns, invalid) = input.concerns()
        for key in invalid {
            errors.append(FieldError(field: "score-\(HNAFormInput.fieldSlug(key))", message: "Enter a score from 0 to 10, or leave it blank."))
        }
        var postcode: PostcodeQuery?
        do { postcode = try PostcodeQuery(input.postcode) } catch {
            errors.append(FieldError(field: "hna-postcode", message: input.postcode.trimmingCharacters(in: .whitespaces).isEmpty
                                     ? "Enter their postcode (the first part, like E1, is enough)." : error.description))
        }
        if errors.isEmpty && concerns.isEmpty {
            errors.append(FieldError(field: "concerns", message: "Tick or score at least one concern."))
        }
        guard errors.isEmpty, let postcode else {
            return HTMLResponse.page(renderer.hna(input: input, errors: errors, taxonomy: taxonomy), status: .badRequest)
        }
        do {
            let suggestions = try await directory.suggest(postcode: postcode, concerns: concerns)
            let status: HTTPResponse.Status = extraErrors.isEmpty ? .ok : .badRequest
            return HTMLResponse.page(renderer.hna(input: input, suggestions: suggestions, errors: extraErrors, taxonomy: taxonomy), status: status)
        } catch let error as HNAError {
            let field = error.item.map { "score-\(HNAFormInput.fieldSlug($0))" } ?? "concerns"
            return HTMLResponse.page(renderer.hna(input: input, errors: [FieldError(field: field, message: error.description)], taxonomy: taxonomy),
                                     status: .badRequest)
        } catch let error as SearchQueryError {
            return HTMLResponse.page(renderer.hna(input: input, errors: [FieldError(field: "hna-postcode", message: error.description)], taxonomy: taxonomy),
                                     status: APIError(error).status)
        }
    }

    func makeShortlist(_ request: Request) async throws -> Response {
        let taxonomy = try directory.taxonomy()
        let form = try await FormBody.read(request)
        let input = HNAFormInput(form)
        let picks = form.all("pick").compactMap(Shortlist.Pick.init(formValue:))
        do {
            let shortlist = try await directory.createShortlist(picks)
            return HTMLResponse.redirect(to: "/shortlists/\(shortlist.id)")
        } catch let error as ShortlistError {
            // Back to the suggestions, with the reason at the top.
            return try await suggestions(for: input, taxonomy: taxonomy,
                                         extraErrors: [FieldError(field: "shortlist-form", message: error.description)])
        }
    }

    func shortlist(_ context: AppRequestContext) async throws -> Response {
        guard let shortlist = try await directory.shortlist(id: context.parameters.get("id") ?? "") else {
            return notFound("This shortlist does not exist or has expired. Shortlists are deleted after \(Shortlist.lifetimeDays) days.")
        }
        return HTMLResponse.page(renderer.shortlist(shortlist))
    }

    func shortlistText(_ context: AppRequestContext) async throws -> Response {
        guard let shortlist = try await directory.shortlist(id: context.parameters.get("id") ?? "") else {
            return HTMLResponse.text("This shortlist does not exist or has expired.\n", status: .notFound)
        }
        return HTMLResponse.text(ShortlistText.render(shortlist))
    }

    func notFound(_ message: String) -> Response {
        HTMLResponse.page(renderer.error(heading: "Page not found", message: message), status: .notFound)
    }
}

extension SearchPageQuery {
    init(_ parameters: QueryParameters) {
        self.init()
        postcode = parameters.first("postcode")?.trimmingCharacters(in: .whitespaces) ?? ""
        needs = parameters.needs
        q = parameters.first("q")?.trimmingCharacters(in: .whitespaces) ?? ""
        openNow = (try? parameters.bool("open_now")) ?? false
        free = (try? parameters.bool("free")) ?? false
        wheelchair = (try? parameters.bool("wheelchair")) ?? false
        delivery = parameters.first("delivery") ?? ""
        language = parameters.first("language") ?? ""
        sort = parameters.first("sort") == "distance" ? "distance" : "relevance"
        radiusKilometres = (try? parameters.double("radius_km")) ?? nil
        page = max(1, ((try? parameters.int("page")) ?? nil) ?? 1)
    }
}

extension HNAFormInput {
    init(_ form: QueryParameters) {
        self.init()
        postcode = form.first("postcode")?.trimmingCharacters(in: .whitespaces) ?? ""
        ticked = Set(form.all("concern"))
        for (name, value) in form.pairs where name.hasPrefix("score.") {
            scores[String(name.dropFirst(6))] = value
        }
        picked = Set(form.all("pick"))
    }
}

extension Shortlist.Pick {
    /// "42:money" (a service and the need it was picked for) or just "42".
    init?(formValue: String) {
        let parts = formValue.split(separator: ":", maxSplits: 1)
        guard let first = parts.first, let id = Int64(first), id > 0 else { return nil }
        self.init(serviceID: id, need: parts.count > 1 ? String(parts[1]) : nil)
    }
}
