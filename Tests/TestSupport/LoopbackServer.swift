import Hummingbird
import Logging

/// Runs `router` on 127.0.0.1 on a free port for the length of `body`, then stops it: the one
/// way tests stand up a fixture web site.
public func withLoopbackServer<T: Sendable>(_ router: Router<BasicRequestContext>, label: String,
                                            _ body: @Sendable (Int) async throws -> T) async throws -> T {
    var logger = Logger(label: label)
    logger.logLevel = .critical
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                          onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await app.runService(gracefulShutdownSignals: []); return nil }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        let result = try await body(port)
        group.cancelAll()
        return result
    }
}
