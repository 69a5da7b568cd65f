import Foundation
import Hummingbird
import Logging
import TestSupport

/// Serves a fixture site from `Crawlers/fixtures/<name>/` on 127.0.0.1, with ETags (so repeat
/// crawls are conditional), a log of every request, and switches to hide pages between crawls.
final class FixtureSite: Sendable {
    actor State {
        var hits: [String] = []
        var arrivals: [ContinuousClock.Instant] = []
        var hidden: Set<String> = []
        func hit(_ path: String) { hits.append(path); arrivals.append(.now) }
        func hide(_ path: String) { hidden.insert(path) }
        func show(_ path: String) { hidden.remove(path) }
        func isHidden(_ path: String) -> Bool { hidden.contains(path) }
    }

    let root: URL
    let state = State()
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    init(root: URL, port: Int) {
        self.root = root
        self.port = port
    }

    func hits() async -> [String] { await state.hits }
    func arrivals() async -> [ContinuousClock.Instant] { await state.arrivals }

    static func run<T: Sendable>(_ name: String, _ body: @Sendable (FixtureSite) async throws -> T) async throws -> T {
        let root = Fixtures.root.appendingPathComponent("Crawlers/fixtures/\(name)")
        let box = SiteBox()
        let router = Router()
        router.get("**") { request, _ -> Response in
            guard let site = box.site else { return Response(status: .serviceUnavailable) }
            let path = request.uri.path
            await site.state.hit(path)
            if await site.state.isHidden(path) { return Response(status: .notFound) }
            // A query string selects "<path>@<query>.json" (API pages); "/services/x" may be "services/x.json".
            let relative = String(path.drop { $0 == "/" })
            var candidates = [relative, relative + ".json"]
            if let query = request.uri.query, !query.isEmpty { candidates.insert(relative + "@" + query + ".json", at: 0) }
            let data = candidates.lazy.compactMap { try? Data(contentsOf: site.root.appendingPathComponent($0)) }.first
            guard !path.contains(".."), let data else { return Response(status: .notFound) }
            let etag = "\"\(data.hashValue)\""
            var headers = HTTPFields()
            headers[.eTag] = etag
            if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: headers) }
            let isJSON = site.root.lastPathComponent.hasPrefix("oruk") && !path.hasSuffix(".txt")
            headers[.contentType] = path.hasSuffix(".txt") ? "text/plain" : (isJSON ? "application/json" : (site.root.lastPathComponent == "windows1252" ? "text/html" : "text/html; charset=utf-8"))
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        return try await withLoopbackServer(router, label: "fixture-site") { port in
            let site = FixtureSite(root: root, port: port)
            box.site = site
            return try await body(site)
        }
    }
}

/// Lets the router reach the site object created once the port is known.
final class SiteBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _site: FixtureSite?
    var site: FixtureSite? {
        get { lock.withLock { _site } }
        set { lock.withLock { _site = newValue } }
    }
}
