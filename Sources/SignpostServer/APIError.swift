import Foundation
import Hummingbird
import SignpostCore

/// Every error the API returns: a 4xx for the caller's mistake with a stable code and a plain
/// message, `{"error":{"code":…,"message":…}}`. A 5xx is always a bug.
public struct APIError: HTTPResponseError, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    public var validValues: [String]?
    /// The parameter at fault, so a page can show the message beside its field (not sent as JSON).
    public var field: String?

    public init(status: HTTPResponse.Status, code: String, message: String, validValues: [String]? = nil, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.validValues = validValues
        self.field = field
    }

    public static func invalidParameter(_ name: String, _ message: String) -> APIError {
        APIError(status: .badRequest, code: "invalid_parameter", message: "\(name): \(message)", field: name)
    }

    public static func notFound(_ message: String) -> APIError {
        APIError(status: .notFound, code: "not_found", message: message)
    }

    /// The single mapping from search errors to HTTP.
    public init(_ error: SearchQueryError) {
        switch error {
        case .invalidPostcode(let reason):
            self.init(status: .badRequest, code: "invalid_postcode", message: reason.description, field: "postcode")
        case .postcodeNotFound:
            self.init(status: .notFound, code: "postcode_not_found", message: error.description, field: "postcode")
        case .unknownNeed(_, let valid):
            self.init(status: .badRequest, code: "unknown_need", message: error.description, validValues: valid, field: "need")
        case .invalidParameter(let name, _):
            self.init(status: .badRequest, code: "invalid_parameter", message: error.description, field: name)
        }
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var valid: [String]?
        }
        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONOutput.encoder().encode(Body(error: .init(code: code, message: message, valid: validValues)))
        return JSONResponse.make(data, status: status)
    }
}

enum JSONResponse {
    static func make(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func encode<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        make(try JSONOutput.encoder().encode(value), status: status)
    }
}
