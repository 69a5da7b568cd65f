import Foundation

/// The OpenAPI 3.1 description of the `/v1` API and the `/oruk` endpoints, served at
/// `/v1/openapi.json`. A test checks that it names exactly the routes the server registers.
enum OpenAPIDocument {
    static func parameter(_ name: String, _ description: String, in location: String = "query", type: String = "string",
                          required: Bool = false, extra: [String: Any] = [:]) -> [String: Any] {
        var schema: [String: Any] = ["type": type]
        schema.merge(extra) { $1 }
        return ["name": name, "in": location, "required": required || location == "path", "description": description, "schema": schema]
    }

    static func operation(_ summary: String, _ parameters: [[String: Any]] = [], errors: [String] = []) -> [String: Any] {
        var responses: [String: Any] = ["200": ["description": "OK", "content": ["application/json": ["schema": ["type": "object"]]]]]
        for status in errors {
            responses[status] = ["description": status == "404" ? "Not found" : "Bad request",
                                 "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        }
        return ["get": ["summary": summary, "parameters": parameters, "responses": responses]]
    }

    static func post(_ summary: String, body: [String: Any], created: Bool = false, errors: [String] = ["400"]) -> [String: Any] {
        var responses: [String: Any] = [created ? "201" : "200": ["description": created ? "Created" : "OK",
                                                                  "content": ["application/json": ["schema": ["type": "object"]]]]]
        for status in errors {
            responses[status] = ["description": status == "413" ? "Body too large" : (status == "422" ? "Unknown service" : "Bad request"),
                                 "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        }
        return ["post": ["summary": summary, "responses": responses,
                         "requestBody": ["required": true, "content": ["application/json": ["schema": body]]]]]
    }

    /// An HTML page (or a form post) for people, documented so the route list stays complete.
    static func page(_ summary: String, method: String = "get", _ parameters: [[String: Any]] = [], type: String = "text/html",
                     status: String = "200") -> [String: Any] {
        [method: ["summary": summary, "tags": ["pages"], "parameters": parameters,
                  "responses": [status: ["description": status == "303" ? "Redirect to the new page" : "OK",
                                         "content": [type: ["schema": ["type": "string"]]]]]]]
    }

    static var filterParameters: [[String: Any]] { [
        parameter("open_now", "true: only services open now (UK time) by their schedules.", in: "query", type: "boolean"),
        parameter("free", "true: only services that cost nothing.", in: "query", type: "boolean"),
        parameter("delivery", "How help is given.", extra: ["enum": ["in-person", "phone", "online", "home-visit"]]),
        parameter("wheelchair", "true: only services that say they have wheelchair access.", in: "query", type: "boolean"),
        parameter("language", "A language the service offers, such as Polish."),
    ] }

    static var pagePaths: [String: Any] { [
        "/": page("Home: search for support by postcode, need and words."),
        "/search": page("Results page (same parameters as /v1/search, plus the filters)."),
        "/services/{id}": page("A service's page.", [parameter("id", "Service number.", in: "path", type: "integer")]),
        "/hna": page("Link workers: HNA concerns form.").merging(
            page("Suggestions grouped by need for the posted concerns (form post).", method: "post")) { $1 },
        "/shortlists": page("Make a shortlist from ticked suggestions (form post); redirects to it.", method: "post", status: "303"),
        "/shortlists/{id}": page("A printable shortlist.", [parameter("id", "Shortlist id.", in: "path")]),
        "/shortlists/{id}/text": page("A shortlist as plain text.", [parameter("id", "Shortlist id.", in: "path")], type: "text/plain"),
        "/assets/signpost.css": page("The pages' stylesheet.", type: "text/css"),
        "/assets/signpost.js": page("The pages' optional script.", type: "text/javascript"),
    ] }

    static var signpostingPaths: [String: Any] { [
        "/v1/hna/suggest": post("Services grouped by need for HNA concerns, highest score first, each with a reason.", body: [
            "type": "object", "required": ["postcode", "concerns"],
            "properties": [
                "postcode": ["type": "string"],
                "concerns": ["type": "array", "items": ["type": "object", "required": ["item"], "properties": [
                    "item": ["type": "string", "description": "An HNA item key (hna.money_housing) or a need slug."],
                    "score": ["type": "integer", "minimum": 0, "maximum": 10, "description": "Left out when simply ticked."]]]],
                "per_need": ["type": "integer", "minimum": 1, "maximum": 20, "default": 5],
            ]], errors: ["400", "404", "413"]),
        "/v1/shortlists": post("Make a shortlist (no personal data; expires after 30 days).", body: [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": ["type": "object", "required": ["service_id"], "properties": [
                "service_id": ["type": "integer"], "need": ["type": "string"]]]]]], created: true, errors: ["400", "413", "422"]),
        "/v1/shortlists/{id}": operation("A shortlist with its services as they are now.", [parameter("id", "Shortlist id.", in: "path")], errors: ["404"]),
    ] }

    /// `page` and `per_page`, as every `/oruk` list takes them.
    static func paging(_ things: String, searching: Bool = false) -> [[String: Any]] {
        [parameter("page", "Page number, from 1.", in: "query", type: "integer", extra: ["default": 1]),
         parameter("per_page", "\(things) per page, 1 to 1000\(searching ? " (at most 100 when searching)" : "").", in: "query", type: "integer", extra: ["default": 50])]
    }

    static var document: [String: Any] { [
        "openapi": "3.1.0",
        "info": ["title": "Signpost", "version": "0.1.0",
                 "description": "What supports a need near a postcode: search, services, needs, postcodes, and Open Referral UK endpoints."],
        "paths": [
            "/v1/search": operation("Search services by need, words and place; ranked, each with its reasons.", [
                parameter("postcode", "A postcode, sector (DD1 4) or district (DD1)."),
                parameter("lat", "Latitude, with lon, instead of a postcode.", in: "query", type: "number"),
                parameter("lon", "Longitude, with lat.", in: "query", type: "number"),
                parameter("need", "Need slug; repeatable or comma-separated."),
                parameter("q", "Free text in the person's own words (at most 500 characters)."),
                parameter("radius_km", "Radius in km, above 0 and at most 200.", in: "query", type: "number", extra: ["default": 10]),
                parameter("limit", "Results per page, 1 to 100.", in: "query", type: "integer", extra: ["default": 20]),
                parameter("page", "Page number.", in: "query", type: "integer", extra: ["default": 1]),
                parameter("sort", "relevance or distance.", extra: ["enum": ["relevance", "distance"]]),
            ] + filterParameters, errors: ["400", "404"]),
            "/v1/services/{id}": operation("One active service.", [parameter("id", "Service number.", in: "path", type: "integer")], errors: ["400", "404"]),
            "/v1/needs": operation("The need taxonomy: needs, service kinds, synonyms, HNA items, crosswalks."),
            "/v1/postcodes/{postcode}": operation("Where a postcode, sector or district is, with its council and nation.",
                                                  [parameter("postcode", "Postcode, sector or district.", in: "path", type: "string")], errors: ["400", "404"]),
            "/v1/about": operation("Version, counts and data attribution."),
            "/v1/openapi.json": operation("This document."),
            "/healthz": operation("Health check."),
            "/oruk": operation("Open Referral UK API: version and profile."),
            "/oruk/services": operation("Active services as HSDS 3.0 (UK profile), paged, in list shape; text, postcode and term filters use Signpost's ranked search.",
                                        paging("Services", searching: true) + [
                parameter("text", "Words to search for (also accepted as search)."),
                parameter("postcode", "Services near or covering this postcode."),
                parameter("proximity", "Radius in metres around the postcode.", in: "query", type: "number", extra: ["default": 10000]),
                parameter("taxonomy_term_id", "Need term ids (from /oruk/taxonomy_terms) or need slugs; repeatable or comma-separated."),
                parameter("taxonomy_id", "Services tagged with any term of this taxonomy: Signpost's need taxonomy, or a taxonomy_id a feed used (that one only on its own)."),
                parameter("modified_after", "Services changed at or after this ISO 8601 date-time (or date); combines with the other filters.",
                          extra: ["format": "date-time"]),
                parameter("full_service", "true for full services (every child entity) instead of the list shape.", in: "query", type: "boolean"),
                parameter("minimal", "true for id, name, description, status, url, email and last_modified only.", in: "query", type: "boolean"),
            ], errors: ["400", "404"]),
            "/oruk/services/{id}": operation("One active service as HSDS 3.0, every child entity included.", [parameter("id", "The service's id.", in: "path", type: "string")], errors: ["404"]),
            "/oruk/organizations": operation("Organisations that run an active service, paged, in list shape.", paging("Organisations"), errors: ["400"]),
            "/oruk/organizations/{id}": operation("One organisation with its active services.", [
                parameter("id", "The organisation's id.", in: "path", type: "string"),
                parameter("full_service", "true for full services instead of the list shape.", in: "query", type: "boolean"),
            ], errors: ["400", "404"]),
            "/oruk/service_at_locations": operation("Each venue of each active service, paged: the link, its location and the service in list shape.",
                                                    paging("Items"), errors: ["400"]),
            "/oruk/service_at_locations/{id}": operation("One venue of a service, with its location and the full service.",
                                                         [parameter("id", "The service_at_location's id.", in: "path", type: "string")], errors: ["404"]),
            "/oruk/taxonomies": operation("The need taxonomy as an HSDS taxonomy, paged.", paging("Taxonomies"), errors: ["400"]),
            "/oruk/taxonomies/{id}": operation("One taxonomy.", [parameter("id", "The taxonomy's id.", in: "path", type: "string")], errors: ["404"]),
            "/oruk/taxonomy_terms": operation("The need categories as HSDS taxonomy terms, paged.", paging("Terms"), errors: ["400"]),
            "/oruk/taxonomy_terms/{id}": operation("One need category as an HSDS taxonomy term (its id, or the need slug).",
                                                   [parameter("id", "The term's id.", in: "path", type: "string")], errors: ["404"]),
        ].merging(pagePaths) { $1 }.merging(signpostingPaths) { $1 } as [String: Any],
        "components": ["schemas": ["Error": [
            "type": "object", "required": ["error"],
            "properties": ["error": ["type": "object", "required": ["code", "message"], "properties": [
                "code": ["type": "string", "enum": ["invalid_postcode", "postcode_not_found", "unknown_need", "invalid_parameter", "not_found",
                                                    "method_not_allowed", "invalid_request", "internal_error", "invalid_json", "too_large",
                                                    "invalid_concerns", "unknown_item", "unknown_service", "invalid_shortlist"]],
                "message": ["type": "string"], "valid": ["type": "array", "items": ["type": "string"]],
            ]]],
        ]]],
    ] }

    static var json: Data {
        (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }
}
