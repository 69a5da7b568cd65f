import Foundation
import SignpostCore
import SignpostOpenReferral
import SignpostStore

/// Crawls one source by its recipe: polite (robots.txt, per-host delay and Crawl-delay,
/// Retry-After), safe (the fetcher's checks), resumable (the frontier is in SQLite), and it
/// keeps the directory current (new, changed and — after a complete crawl — withdrawn listings).
public struct Harvester: Sendable {
    public struct Progress: Sendable {
        public var done = 0, queued = 0, errors = 0, created = 0, changed = 0, unchanged = 0, withdrawn = 0
        public var pagesPerSecond = 0.0
    }

    public struct Report: Sendable, CustomStringConvertible {
        public var source: String
        public var status: String
        public var pages = 0
        public var errors: [String] = []
        public var summary = Directory.UpsertSummary()
        public var withdrawn = 0
        public var resumed = false

        public var description: String {
            "\(source): \(status)\(resumed ? " (resumed)" : ""), \(pages) pages, \(errors.count) errors; services \(summary.created) new, "
                + "\(summary.updated) changed, \(summary.unchanged) unchanged, \(withdrawn) withdrawn"
        }
    }

    let directory: Directory
    let fetcher: any PageFetcher
    let userAgent: String
    /// Longest wait honoured for Retry-After and retries (tests shorten it).
    let maxWait: Double
    let maxAttempts: Int

    public init(directory: Directory, fetcher: any PageFetcher, userAgent: String = FetchConfiguration().userAgent,
                maxWait: Double = 3600, maxAttempts: Int = 3) {
        self.directory = directory
        self.fetcher = fetcher
        self.userAgent = userAgent
        self.maxWait = maxWait
        self.maxAttempts = maxAttempts
    }

    public func crawl(_ recipe: Recipe, maxPages: Int? = nil, progress: @Sendable (Progress) -> Void = { _ in }) async throws -> Report {
        let run = try await directory.beginCrawlRun(source: recipe.id, startURLs: recipe.startURLs)
        var report = Report(source: recipe.id, status: "running", resumed: run.resumed)
        var robots: [String: RobotsTxt] = [:]
        var lastFetch: [String: ContinuousClock.Instant] = [:]
        var live = Progress()
        let clock = ContinuousClock()
        let started = clock.now
        let limit = min(maxPages ?? Int.max, recipe.politeness.maxPages)
        let extractor = DetailExtractor(recipe: recipe)

        while report.pages < limit {
            let next = try await directory.takeNext(source: recipe.id, now: Date().timeIntervalSince1970)
            guard let item = next.item else {
                guard let wait = next.waitSeconds else { break }
                try await Task.sleep(for: .seconds(min(wait, maxWait)))
                continue
            }
            guard let components = URLComponents(string: item.url), let host = components.host?.lowercased(),
                  recipe.allowedHosts.contains(host) else {
                try await directory.settle(source: recipe.id, url: item.url, state: "skipped", statusCode: nil, error: "host not allowed")
                continue
            }
            let origin = "\(components.scheme ?? "https")://\(host)\(components.port.map { ":\($0)" } ?? "")"
            if robots[origin] == nil {
                switch await fetchRobots(origin) {
                case .success(let parsed): robots[origin] = parsed
                case .failure(let error):
                    // The site cannot be reached (or may not be): that page fails, so the run cannot
                    // count as complete and withdraws nothing.
                    try await directory.settle(source: recipe.id, url: item.url, state: "failed", statusCode: nil,
                                               error: "robots.txt: \(error.description)")
                    report.errors.append("\(item.url): robots.txt could not be fetched: \(error.description)")
                    continue
                }
                lastFetch[origin] = clock.now
            }
            let path = components.percentEncodedPath + (components.percentEncodedQuery.map { "?\($0)" } ?? "")
            guard robots[origin]!.isAllowed(path, userAgent: userAgent) else {
                // A listing we may not read leaves the crawl incomplete; a detail page is just left out.
                try await directory.settle(source: recipe.id, url: item.url, state: item.kind == .listing ? "failed" : "skipped",
                                           statusCode: nil, error: "disallowed by robots.txt")
                report.errors.append("\(item.url): disallowed by robots.txt")
                continue
            }
            // One request at a time per host, at least the recipe's delay (or a longer Crawl-delay, ≤ 30 s) apart.
            let delay = max(recipe.politeness.delaySeconds, min(robots[origin]!.crawlDelay(userAgent: userAgent) ?? 0, 30))
            if let last = lastFetch[origin] {
                let due = last + .milliseconds(Int(delay * 1000))
                if clock.now < due { try await Task.sleep(until: due, clock: clock) }
            }
            report.pages += 1
            // A page that fails is that page's error; a database error ends the crawl (the frontier keeps its place).
            let fetched: Result<FetchResponse, FetchError>
            // Detail pages are fetched conditionally; listing pages never, since their links are how
            // a crawl finds (and so keeps) every listing.
            let request = item.kind == .detail ? FetchRequest(url: item.url, etag: item.etag, lastModified: item.lastModified)
                                               : FetchRequest(url: item.url)
            do { fetched = .success(try await fetcher.fetch(request)) }
            catch { fetched = .failure(error) }
            // Counted from the end of a response: the host sees at least the delay between requests.
            lastFetch[origin] = clock.now
            switch fetched {
            case .success(let response):
                try await handle(response, item: item, recipe: recipe, run: run.id, extractor: extractor, report: &report)
            case .failure(let error):
                try await failed(item, recipe: recipe, error: error.description, transient: Self.isTransient(error), report: &report)
            }
            let counts = try await directory.crawlCounts(source: recipe.id)
            live.done = counts.done
            live.queued = counts.queued
            live.errors = report.errors.count
            live.created = report.summary.created
            live.changed = report.summary.updated
            live.unchanged = report.summary.unchanged
            live.pagesPerSecond = Double(report.pages) / max(0.001, (clock.now - started).seconds)
            progress(live)
        }

        let counts = try await directory.crawlCounts(source: recipe.id)
        if counts.queued > 0 {
            try await directory.pauseCrawlRun(run.id, pages: report.pages, errors: report.errors.count, summary: report.summary)
            report.status = "paused (page limit; the next crawl resumes)"
            return report
        }
        // A run whose listing pages all came back is complete; otherwise it is partial and withdraws nothing.
        let status = counts.done == 0 ? "failed" : (counts.failedListings == 0 ? "complete" : "partial")
        report.withdrawn = try await directory.finishCrawlRun(run.id, source: recipe.id, status: status, pages: report.pages,
                                                              errors: report.errors.count, summary: report.summary)
        report.status = status
        live.withdrawn = report.withdrawn
        progress(live)
        return report
    }

    func handle(_ response: FetchResponse, item: FrontierItem, recipe: Recipe, run: Int64, extractor: DetailExtractor,
                report: inout Report) async throws {
        switch response.status {
        case 304:
            // Unchanged since the last crawl: nothing to parse, and its service is still there.
            try await directory.markSeen(externalIDs: ["\(recipe.id):\(item.url)"], run: run)
            try await directory.settle(source: recipe.id, url: item.url, state: "done", statusCode: 304, error: nil)
            report.summary.unchanged += item.kind == .detail ? 1 : 0
        case 200..<300 where recipe.type == .orukV3 || recipe.type == .orukV1:
            try await handleFeed(response, item: item, recipe: recipe, run: run, report: &report)
        case 200..<300:
            let text = TextEncoding.decode(response.body, contentType: response.contentType)
            guard let document = HTMLDocument(html: text, url: response.url) else {
                try await failed(item, recipe: recipe, error: "could not parse the page", transient: false, report: &report)
                return
            }
            if isDetail(item.url, recipe: recipe) {
                var extracted = extractor.record(from: document, url: item.url, fetchedAt: Self.timestamp())
                if recipe.type == .jsonld {
                    do {
                        extracted = try JSONLDExtractor(source: recipe.id, categories: recipe.categories)
                            .record(from: document, url: item.url, fetchedAt: Self.timestamp())
                    } catch {
                        try await directory.settle(source: recipe.id, url: item.url, state: "failed", statusCode: response.status, error: error.description)
                        report.errors.append("\(item.url): \(error.description)")
                        return
                    }
                }
                if let record = extracted {
                    let summary = try await directory.upsertHarvested([record], run: run)
                    report.summary.add(summary)
                } else {
                    report.errors.append("\(item.url): no \(recipe.fields["name"] ?? "name") on the page")
                }
            } else {
                var links: [(url: String, kind: FrontierItem.Kind, depth: Int)] = []
                for xpath in [recipe.follow.listing, recipe.follow.pagination, recipe.follow.detail].compactMap({ $0 }) {
                    for node in document.select(xpath) ?? [] {
                        guard let resolved = document.resolve(node.text), let url = Self.canonical(resolved),
                              let host = URLComponents(string: url)?.host?.lowercased(), recipe.allowedHosts.contains(host) else { continue }
                        links.append((url, isDetail(url, recipe: recipe) ? .detail : .listing, item.depth + 1))
                    }
                }
                _ = try await directory.enqueue(source: recipe.id, run: run, links.filter { $0.depth <= 6 })
            }
            try await directory.settle(source: recipe.id, url: item.url, state: "done", statusCode: response.status, error: nil,
                                       etag: response.etag, lastModified: response.lastModified)
        case 429, 503:
            let wait = min(response.retryAfter() ?? Self.backoff(item.attempts), maxWait)
            try await retry(item, recipe: recipe, status: response.status, after: wait, report: &report)
        case 500..<600, 408:
            try await retry(item, recipe: recipe, status: response.status, after: min(Self.backoff(item.attempts), maxWait), report: &report)
        default:
            try await directory.settle(source: recipe.id, url: item.url, state: "failed", statusCode: response.status, error: "HTTP \(response.status)")
            report.errors.append("\(item.url): HTTP \(response.status)")
        }
    }

    /// An Open Referral page: a `/services` listing (either envelope) queues the next page and,
    /// for v3, each service's full record; a full record is mapped and stored.
    func handleFeed(_ response: FetchResponse, item: FrontierItem, recipe: Recipe, run: Int64, report: inout Report) async throws {
        guard let json = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] else {
            try await directory.settle(source: recipe.id, url: item.url, state: "failed", statusCode: response.status, error: "not a JSON object")
            report.errors.append("\(item.url): not a JSON object")
            return
        }
        let mapper = ORUKServiceMapper(source: recipe.id, taxonomy: try? directory.taxonomy(),
                                       categories: recipe.categories.mapValues { ($0.needs, $0.kinds) })
        var records: [ServiceRecord] = []
        if isDetail(item.url, recipe: recipe) {
            guard let record = mapper.record(from: json, version: recipe.type == .orukV1 ? .v1 : .v3, fetchedAt: Self.timestamp(), url: item.url) else {
                try await directory.settle(source: recipe.id, url: item.url, state: "failed", statusCode: response.status, error: "a service needs an id and a name")
                report.errors.append("\(item.url): a service needs an id and a name")
                return
            }
            records.append(record)
        } else {
            guard let page = ORUKServiceMapper.page(json), var components = URLComponents(string: item.url) else {
                try await directory.settle(source: recipe.id, url: item.url, state: "failed", statusCode: response.status, error: "not an ORUK /services page")
                report.errors.append("\(item.url): not an ORUK /services page")
                return
            }
            let base = item.url.components(separatedBy: "/services").first ?? item.url
            var links: [(url: String, kind: FrontierItem.Kind, depth: Int)] = []
            for service in page.items {
                guard let id = ORUKServiceMapper.string(service["id"]) else { continue }
                if page.version == .v1, let record = mapper.record(from: service, version: .v1, fetchedAt: Self.timestamp(), url: item.url) {
                    records.append(record)   // ORUK 1.0 lists carry whole records
                } else {
                    let encoded = id.addingPercentEncoding(withAllowedCharacters: CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? id
                    links.append(("\(base)/services/\(encoded)", .detail, item.depth + 1))
                }
            }
            if !page.isLast {
                let current = Int(components.queryItems?.first { $0.name == "page" }?.value ?? "1") ?? 1
                var items = (components.queryItems ?? []).filter { $0.name != "page" }
                items.append(URLQueryItem(name: "page", value: String(current + 1)))
                components.queryItems = items
                if let next = components.string { links.append((next, .listing, item.depth + 1)) }
            }
            _ = try await directory.enqueue(source: recipe.id, run: run, links)
        }
        if !records.isEmpty {
            let summary = try await directory.upsertHarvested(records, run: run)
            report.summary.add(summary)
        }
        try await directory.settle(source: recipe.id, url: item.url, state: "done", statusCode: response.status, error: nil,
                                   etag: response.etag, lastModified: response.lastModified)
    }

    func retry(_ item: FrontierItem, recipe: Recipe, status: Int, after seconds: Double, report: inout Report) async throws {
        if item.attempts + 1 >= maxAttempts {
            try await directory.settle(source: recipe.id, url: item.url, state: "failed", statusCode: status, error: "HTTP \(status) after \(maxAttempts) tries")
            report.errors.append("\(item.url): HTTP \(status) after \(maxAttempts) tries")
            return
        }
        try await directory.settle(source: recipe.id, url: item.url, state: "queued", statusCode: status, error: "HTTP \(status)",
                                   retryAt: Date().timeIntervalSince1970 + seconds)
    }

    func failed(_ item: FrontierItem, recipe: Recipe, error: String, transient: Bool, report: inout Report) async throws {
        if transient && item.attempts + 1 < maxAttempts {
            try await directory.settle(source: recipe.id, url: item.url, state: "queued", statusCode: nil, error: error,
                                       retryAt: Date().timeIntervalSince1970 + min(Self.backoff(item.attempts), maxWait))
            return
        }
        try await directory.settle(source: recipe.id, url: item.url, state: "failed", statusCode: nil, error: error)
        report.errors.append("\(item.url): \(error)")
    }

    /// robots.txt for an origin, fetched through the same checks as any page. A transport failure
    /// is returned as such (RFC 9309 says unreachable means disallow; here it also fails the pages).
    func fetchRobots(_ origin: String) async -> Result<RobotsTxt, FetchError> {
        do {
            let response = try await fetcher.fetch(FetchRequest(url: origin + "/robots.txt"))
            return .success(RobotsTxt(String(decoding: response.body.prefix(RobotsTxt.maxBytes), as: UTF8.self), status: response.status))
        } catch {
            return .failure(error)
        }
    }

    func isDetail(_ url: String, recipe: Recipe) -> Bool {
        guard let marker = recipe.detailURLContains else { return false }
        return url.contains(marker)
    }

    /// Drops the fragment; http and https only.
    static func canonical(_ url: String) -> String? {
        guard var components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.count <= 2048 else { return nil }
        components.fragment = nil
        components.scheme = scheme
        components.host = components.host?.lowercased()
        return components.string
    }

    static func isTransient(_ error: FetchError) -> Bool {
        switch error {
        case .timedOut, .transport: return true
        default: return false
        }
    }

    /// 2 s, 4 s, 8 s … capped at ten minutes.
    static func backoff(_ attempts: Int) -> Double { min(600, pow(2, Double(attempts + 1))) }

    static func timestamp() -> String { Date().formatted(.iso8601) }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
