import Foundation
import Hummingbird
import Logging
import SignpostCore

/// Turns every failure into the JSON error shape and logs each request without personal data:
/// path (never the query string, which can hold a postcode), status and time taken.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response: Response
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
        let elapsed = ContinuousClock.now - started
        logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(elapsed.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1))))")
        return response
    }
}
