import Foundation
import Hummingbird
import Logging
import SignpostStore
import SignpostWeb

/// How to run the server; filled by the CLI from flags and `SIGNPOST_*` variables.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}

/// Every route the server answers; `/v1/openapi.json` describes exactly these.
public func buildRouter(directory: Directory, logger: Logger, clock: @escaping @Sendable () -> Date = { Date() }) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let renderer = try PageRenderer()
    router.middlewares.add(ErrorMiddleware(logger: logger, renderer: renderer))
    APIRoutes(directory: directory).register(on: router)
    SignpostingRoutes(directory: directory).register(on: router)
    ORUKRoutes(directory: directory).register(on: router)
    PageRoutes(directory: directory, renderer: renderer, clock: clock).register(on: router)
    router.get("/v1/openapi.json") { _, _ in JSONResponse.make(OpenAPIDocument.json) }
    return router
}

/// The paths and methods of the OpenAPI document, as "GET /v1/services/{id}".
public var openAPIOperations: [String] {
    guard let paths = OpenAPIDocument.document["paths"] as? [String: [String: Any]] else { return [] }
    return paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } }.sorted()
}

/// Builds the application `signpost serve` runs — and that tests start on port 0.
public func buildApplication(
    _ configuration: ServerConfiguration, directory: Directory, logger: Logger = Logger(label: "signpost"),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let router = try buildRouter(directory: directory, logger: logger)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Signpost"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}
