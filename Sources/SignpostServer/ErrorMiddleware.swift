import Foundation
import Hummingbird
import Logging
import SignpostCore
import SignpostWeb

/// Turns every failure into the JSON error shape and logs each request without personal data:
/// path (never the query string, which can hold a postcode), status and time taken.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let logger: Logger
    /// Renders HTML error pages for page routes (JSON stays for `/v1`, `/oruk` and `/healthz`).
    var renderer: PageRenderer?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = try error.response(from: request, context: context)
        } catch let error as SearchQueryError {
            response = try APIError(error).response(from: request, context: context)
        } catch let error as HTTPError {
            let api: APIError
            switch error.status {
            case .notFound: api = .notFound("There is nothing at \(request.uri.path).")
            case .methodNotAllowed: api = APIError(status: .methodNotAllowed, code: "method_not_allowed", message: "\(request.method) is not allowed here.")
            default:
                api = APIError(status: error.status.code < 500 ? error.status : .internalServerError,
                               code: error.status.code < 500 ? "invalid_request" : "internal_error",
                               message: error.body ?? error.status.reasonPhrase)
            }
            response = try api.response(from: request, context: context)
        } catch {
            logger.error("unhandled error on \(request.method) \(request.uri.path): \(error)")
            response = try APIError(status: .internalServerError, code: "internal_error",
                                    message: "Something went wrong on our side; it has been logged.").response(from: request, context: context)
        }
        if response.status.code >= 400, let renderer, Self.isPagePath(request.uri.path),
           response.headers[.contentType]?.hasPrefix("application/json") ?? false {
            let heading = response.status == .notFound ? "Page not found" : (response.status.code >= 500 ? "Something went wrong" : "That did not work")
            let message = response.status == .notFound ? "There is no page at this address. Check it, or search from the home page."
                : (response.status.code >= 500 ? "Something went wrong on our side. Please try again in a moment." : "The request could not be handled.")
            response = HTMLResponse.page(renderer.error(heading: heading, message: message), status: response.status)
        }
        let elapsed = ContinuousClock.now - started
        logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(elapsed.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1))))")
        return response
    }

    /// Paths people open in a browser, as opposed to the JSON APIs.
    static func isPagePath(_ path: String) -> Bool {
        !(path.hasPrefix("/v1/") || path == "/v1" || path.hasPrefix("/oruk") || path == "/healthz")
    }
}
