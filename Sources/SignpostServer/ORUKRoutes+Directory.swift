import Foundation
import Hummingbird
import SignpostOpenReferral
import SignpostStore

/// `/oruk/organizations`, `/oruk/service_at_locations` and the taxonomy endpoints.
extension ORUKRoutes {
    /// Organisations running at least one active service, in list shape.
    func organizations(_ request: Request) async throws -> Response {
        let list = try ORUKListParameters(try QueryParameters(request.uri.query))
        let (total, items) = try await directory.publishedOrganizationsPage(page: list.page, perPage: list.perPage)
        let contents = items.map { ORUKShape.organizationListItem(ORUKOrganizationWriter.json(for: $0)) }
        return try Self.json(Self.page(contents, total: total, page: list.page, perPage: list.perPage))
    }

    /// One organisation with its active services: in list shape, or full with `full_service=true`.
    func organization(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        let full = try ORUKListParameters.flag(try QueryParameters(request.uri.query), "full_service")
        guard let found = try await directory.publishedOrganization(id: id) else {
            throw APIError.notFound("There is no organization \(id) running an active service.")
        }
        let writer = try writer()
        let services = found.services.map { full ? writer.json(for: $0) : ORUKShape.serviceListItem(writer.json(for: $0)) }
        return try Self.json(ORUKOrganizationWriter.json(for: found.organization, services: services))
    }

    func serviceAtLocations(_ request: Request) async throws -> Response {
        let list = try ORUKListParameters(try QueryParameters(request.uri.query))
        let (total, items) = try await directory.publishedServiceAtLocationsPage(page: list.page, perPage: list.perPage)
        let writer = try writer()
        let contents = items.map { item in
            ORUKShape.serviceAtLocationListItem(ORUKServiceAtLocationWriter.json(linkID: item.id, position: item.position, service: writer.json(for: item.service)))
        }
        return try Self.json(Self.page(contents, total: total, page: list.page, perPage: list.perPage))
    }

    func serviceAtLocation(_ context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        guard let found = try await directory.publishedServiceAtLocation(id: id) else { throw APIError.notFound("There is no service_at_location \(id).") }
        return try Self.json(ORUKServiceAtLocationWriter.json(linkID: found.id, position: found.position, service: try writer().json(for: found.service)))
    }

    /// The need taxonomy as an HSDS taxonomy, so harvesters can map Signpost's need terms.
    func taxonomies(_ request: Request) async throws -> Response {
        let list = try ORUKListParameters(try QueryParameters(request.uri.query))
        let all = [ORUKNeedTerms(taxonomy: try directory.taxonomy()).taxonomyJSON]
        let slice = Array(all.dropFirst((list.page - 1) * list.perPage).prefix(list.perPage))
        return try Self.json(Self.page(slice, total: all.count, page: list.page, perPage: list.perPage))
    }

    func taxonomy(_ context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        guard ORUKNeedTerms.isNeedTaxonomy(id) else { throw APIError.notFound("There is no taxonomy \(id).") }
        return try Self.json(ORUKNeedTerms(taxonomy: try directory.taxonomy()).taxonomyJSON)
    }

    func taxonomyTerms(_ request: Request) async throws -> Response {
        let list = try ORUKListParameters(try QueryParameters(request.uri.query))
        let terms = ORUKNeedTerms(taxonomy: try directory.taxonomy()).termsJSON
        let slice = Array(terms.dropFirst((list.page - 1) * list.perPage).prefix(list.perPage))
        return try Self.json(Self.page(slice, total: terms.count, page: list.page, perPage: list.perPage))
    }

    func taxonomyTerm(_ context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        let needs = ORUKNeedTerms(taxonomy: try directory.taxonomy())
        guard let slug = needs.slug(forTermID: id) else { throw APIError.notFound("There is no taxonomy term \(id).") }
        return try Self.json(needs.term(slug))
    }
}
