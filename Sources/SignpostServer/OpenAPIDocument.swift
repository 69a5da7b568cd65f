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
            ], errors: ["400", "404"]),
            "/v1/services/{id}": operation("One active service.", [parameter("id", "Service number.", in: "path", type: "integer")], errors: ["400", "404"]),
            "/v1/needs": operation("The need taxonomy: needs, service kinds, synonyms, HNA items, crosswalks."),
            "/v1/postcodes/{postcode}": operation("Where a postcode, sector or district is, with its council and nation.",
                                                  [parameter("postcode", "Postcode, sector or district.", in: "path", type: "string")], errors: ["400", "404"]),
            "/v1/about": operation("Version, counts and data attribution."),
            "/v1/openapi.json": operation("This document."),
            "/healthz": operation("Health check."),
            "/oruk": operation("Open Referral UK API: version and profile."),
            "/oruk/services": operation("Active services as HSDS 3.0 (UK profile), paged; filters use Signpost's ranked search.", [
                parameter("page", "Page number, from 1.", in: "query", type: "integer", extra: ["default": 1]),
                parameter("per_page", "Services per page, 1 to 1000 (at most 100 with filters).", in: "query", type: "integer", extra: ["default": 50]),
                parameter("text", "Words to search for."),
                parameter("postcode", "Services near or covering this postcode."),
                parameter("proximity", "Radius in metres around the postcode.", in: "query", type: "number", extra: ["default": 10000]),
                parameter("taxonomy_term_id", "Need term ids (signpost-need-money) or slugs; repeatable or comma-separated."),
                parameter("minimal", "true for id, name, description, status, url and email only.", in: "query", type: "boolean"),
            ], errors: ["400", "404"]),
            "/oruk/taxonomies": operation("The need taxonomy as an HSDS taxonomy."),
            "/oruk/taxonomy_terms": operation("The need categories as HSDS taxonomy terms, paged.", [
                parameter("page", "Page number, from 1.", in: "query", type: "integer", extra: ["default": 1]),
                parameter("per_page", "Terms per page, 1 to 1000.", in: "query", type: "integer", extra: ["default": 50]),
            ], errors: ["400"]),
            "/oruk/services/{id}": operation("One service as HSDS 3.0.", [parameter("id", "The service's id.", in: "path", type: "string")], errors: ["404"]),
        ] as [String: Any],
        "components": ["schemas": ["Error": [
            "type": "object", "required": ["error"],
            "properties": ["error": ["type": "object", "required": ["code", "message"], "properties": [
                "code": ["type": "string", "enum": ["invalid_postcode", "postcode_not_found", "unknown_need", "invalid_parameter", "not_found",
                                                    "method_not_allowed", "invalid_request", "internal_error"]],
                "message": ["type": "string"], "valid": ["type": "array", "items": ["type": "string"]],
            ]]],
        ]]],
    ] }

    static var json: Data {
        (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }
}
