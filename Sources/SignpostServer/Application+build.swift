import Foundation
import Hummingbird
import Logging
import SignpostStore

/// How to run the server; filled by the CLI from flags and `SIGNPOST_*` variables.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}

/// Builds the application `signpost serve` runs — and that tests start on port 0.
public func buildApplication(
    _ configuration: ServerConfiguration, directory: Directory, logger: Logger = Logger(label: "signpost"),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router(context: AppRequestContext.self)
    router.middlewares.add(ErrorMiddleware(logger: logger))
    APIRoutes(directory: directory).register(on: router)
    ORUKRoutes(directory: directory).register(on: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Signpost"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}
