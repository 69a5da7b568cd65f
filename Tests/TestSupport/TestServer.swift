import Foundation
import Hummingbird
import Logging
import SignpostServer
import SignpostStore

/// The server `signpost serve` builds, running on 127.0.0.1 on a free port for one test.
public struct TestServer: Sendable {
    public let port: Int

    public struct Reply: Sendable {
        public let status: Int
        public let body: Data
        public let contentType: String?
        public var headers: [String: String] = [:]

        public func json() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                throw TestServerError("response is not a JSON object: \(text)")
            }
            return object
        }

        public var text: String { String(decoding: body, as: UTF8.self) }

        /// The `error.code` of a JSON error reply.
        public func errorCode() throws -> String? {
            (try json()["error"] as? [String: Any])?["code"] as? String
        }
    }

    /// GETs a path over a raw socket; `query` items are percent-encoded here, `rawQuery` is sent
    /// exactly as written (malformed encodings included).
    public func get(_ path: String, query: [String: String] = [:], rawQuery: String? = nil) async throws -> Reply {
        var target = path
        if let rawQuery {
            target += "?" + rawQuery
        } else if !query.isEmpty {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            target += "?" + query.sorted { $0.key < $1.key }.map { key, value in
                key + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
            }.joined(separator: "&")
        }
        let response = try await RawHTTPClient.get(port: port, target: target)
        return Reply(status: response.status, body: response.body, contentType: response.headers["content-type"], headers: response.headers)
    }

    /// POSTs a body (JSON or a form) to a path.
    public func post(_ path: String, body: Data, contentType: String = "application/json") async throws -> Reply {
        let response = try await RawHTTPClient.send(port: port, method: "POST", target: path, body: body, contentType: contentType)
        return Reply(status: response.status, body: response.body, contentType: response.headers["content-type"], headers: response.headers)
    }

    public func post(_ path: String, json: String) async throws -> Reply {
        try await post(path, body: Data(json.utf8))
    }

    /// POSTs an HTML form: pairs in order, percent-encoded as a browser would.
    public func post(_ path: String, form: [(String, String)]) async throws -> Reply {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = form.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }
            .joined(separator: "&")
        return try await post(path, body: Data(body.utf8), contentType: "application/x-www-form-urlencoded")
    }
}

public struct TestServerError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Runs `body` against a real server on a real socket, then shuts the server down.
public func withServer<T: Sendable>(_ directory: Directory, _ body: @Sendable (TestServer) async throws -> T) async throws -> T {
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    var logger = Logger(label: "test")
    logger.logLevel = .warning
    let app = try buildApplication(ServerConfiguration(host: "127.0.0.1", port: 0), directory: directory,
                               logger: logger) { port in continuation.yield(port) }
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await app.runService(gracefulShutdownSignals: []); return nil }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestServerError("server did not start") }
        let result = try await body(TestServer(port: port))
        group.cancelAll()
        return result
    }
}
