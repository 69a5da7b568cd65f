import Foundation
import Hummingbird
import Logging
import TestSupport

/// A real HTTP server on 127.0.0.1 with the routes a harvester must survive: redirect loops,
/// redirects to `file:` and to another loopback address, a 50 MB body, a slow drip, 304s.
struct HostileSite: Sendable {
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    static func run<T: Sendable>(_ body: @Sendable (HostileSite) async throws -> T) async throws -> T {
        let router = Router()
        router.get("ok") { request, _ -> Response in
            if request.headers[.ifNoneMatch] == "\"v1\"" { return Response(status: .notModified) }
            var headers = HTTPFields()
            headers[.eTag] = "\"v1\""
            headers[.lastModified] = "Wed, 25 Nov 2026 10:00:00 GMT"
            headers[.contentType] = "text/html; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "<p>hello</p>")))
        }
        router.get("loop") { _, _ in redirect("/loop") }
        router.get("to-file") { _, _ in redirect("file:///etc/passwd") }
        router.get("to-gopher") { _, _ in redirect("gopher://127.0.0.1/") }
        router.get("to-other-loopback") { request, _ -> Response in
            // Same port, another loopback address: only 127.0.0.1 is allowed in these tests.
            let port = request.head.authority?.split(separator: ":").last.map(String.init) ?? "80"
            return redirect("http://127.0.0.2:\(port)/ok")
        }
        router.get("chain/:n") { _, context -> Response in
            let n = Int(context.parameters.get("n") ?? "0") ?? 0
            return n > 0 ? redirect("/chain/\(n - 1)") : Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "end")))
        }
        router.get("big") { _, _ -> Response in
            // 50 MB, streamed without a Content-Length.
            Response(status: .ok, body: ResponseBody { writer in
                let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 1 << 16)
                for _ in 0..<800 { try await writer.write(chunk) }
                try await writer.finish(nil)
            })
        }
        router.get("drip") { _, _ -> Response in
            Response(status: .ok, body: ResponseBody { writer in
                for _ in 0..<60 {
                    try await writer.write(ByteBuffer(string: "x"))
                    try await Task.sleep(for: .seconds(1))
                }
                try await writer.finish(nil)
            })
        }
        for (route, file) in [("gzip", "hello.html.gz"), ("gzip-bomb", "bomb.gz")] {
            router.get(RouterPath(route)) { _, _ -> Response in
                let data = try Data(contentsOf: Fixtures.root.appendingPathComponent("Crawlers/fixtures/hostile/\(file)"))
                var headers = HTTPFields()
                headers[.contentEncoding] = "gzip"
                headers[.contentType] = "text/html; charset=utf-8"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
        router.get("busy") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.retryAfter] = "7"
            return Response(status: .tooManyRequests, headers: headers)
        }
        return try await withLoopbackServer(router, label: "hostile-site") { port in try await body(HostileSite(port: port)) }
    }
}

private func redirect(_ location: String) -> Response {
    var headers = HTTPFields()
    headers[.location] = location
    return Response(status: .found, headers: headers)
}
