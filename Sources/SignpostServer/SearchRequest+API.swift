import Foundation
import SignpostCore

extension SearchRequest {
    /// Reads `/v1/search` parameters: `postcode` or `lat`+`lon`, `need` (repeatable or
    /// comma-separated), `q`, `radius_km`, `limit`, `page`, `sort`, and the filters `open_now`,
    /// `free`, `delivery`, `wheelchair`, `language`.
    init(parameters: QueryParameters, now: Date = Date()) throws(APIError) {
        let place: Place?
        let postcode = parameters.first("postcode")?.trimmingCharacters(in: .whitespaces)
        let latitude = try parameters.double("lat"), longitude = try parameters.double("lon")
        if let postcode, !postcode.isEmpty {
            guard latitude == nil && longitude == nil else {
                throw APIError.invalidParameter("postcode", "give a postcode or lat and lon, not both")
            }
            do { place = .postcode(try PostcodeQuery(postcode)) } catch { throw APIError(.invalidPostcode(error)) }
        } else if parameters.first("postcode") != nil && latitude == nil {
            throw APIError(.invalidPostcode(.empty))
        } else if latitude != nil || longitude != nil {
            guard let latitude, let longitude else { throw APIError.invalidParameter("lat", "lat and lon go together") }
            guard (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                throw APIError.invalidParameter("lat", "latitude must be within -90…90 and longitude within -180…180")
            }
            place = .coordinates(GeoPoint(latitude: latitude, longitude: longitude))
        } else {
            place = nil
        }
        let needs = parameters.needs
        let sortText = parameters.first("sort")?.lowercased() ?? "relevance"
        guard let sort = Sort(rawValue: sortText.isEmpty ? "relevance" : sortText) else {
            throw APIError.invalidParameter("sort", "must be relevance or distance")
        }
        let text = parameters.first("q")
        if place == nil && needs.isEmpty && (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw APIError.invalidParameter("postcode", "give a postcode (or lat and lon), a need or some words to search for")
        }
        do {
            let filters = try SearchFilters(parameters: parameters, now: now)
            try self.init(place: place, needs: Array(NSOrderedSet(array: needs)) as? [String] ?? needs, text: text,
                          radiusKilometres: try parameters.double("radius_km") ?? Self.defaultRadiusKilometres,
                          limit: try parameters.int("limit") ?? 20, page: try parameters.int("page") ?? 1, sort: sort,
                          filters: filters)
        } catch let error as SearchQueryError {
            throw APIError(error)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.invalidParameter("query", "could not be read")
        }
    }
}

extension SearchFilters {
    init(parameters: QueryParameters, now: Date) throws {
        let delivery = parameters.first("delivery")?.trimmingCharacters(in: .whitespaces).lowercased()
        try self.init(openAt: try parameters.bool("open_now") ? now : nil, free: try parameters.bool("free"),
                      delivery: (delivery?.isEmpty ?? true) ? nil : delivery, wheelchair: try parameters.bool("wheelchair"),
                      language: parameters.first("language"))
    }
}
