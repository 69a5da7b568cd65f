import ArgumentParser
import Foundation
import GRDB
import Logging
import SignpostCore
import SignpostServer
import SignpostStore

struct SearchBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Build a directory of N services and time need, text and need+text searches near a place.",
        discussion: """
            Synthetic:  signpost-bench search --services 100000
            Replay:     signpost-bench search --data services.jsonl --queries queries.json --strict --answers answers.json
            Export the synthetic workload for other engines with --export-data / --export-queries.
            """)

    @Option(help: "Synthetic services to generate.") var services = 100_000
    @Option(help: "Database file (default: a new temporary file).") var db: String?
    @Flag(help: "Reuse --db if it already holds the directory.") var reuse = false
    @Option(name: .customLong("query-count"), help: "Queries per kind, in process.") var queryCount = 1000
    @Option(name: .customLong("http-requests"), help: "Requests through HTTP (0 to skip).") var httpRequests = 3000
    @Option(help: "Concurrent HTTP clients.") var concurrency = 8
    @Option(help: "Random seed.") var seed: UInt64 = 42
    @Option(help: "Seed folder (taxonomy and postcodes).") var seedDir: String?
    @Option(help: "Replay: services, one JSON object a line.") var data: String?
    @Option(help: "Replay: queries, a JSON list.") var queries: String?
    @Flag(help: "Replay with literal semantics: every term, the need, within the radius, by distance, top 20.") var strict = false
    @Option(help: "Write [{qid,total,ids}] here.") var answers: String?
    @Option(name: .customLong("export-data"), help: "Write the synthetic services as JSONL.") var exportData: String?
    @Option(name: .customLong("export-queries"), help: "Write the synthetic need+text queries as JSON.") var exportQueries: String?
    @Option(help: "Which searches to time: need, text, both, page (results page HTML) (comma-separated).") var only: String = "need,text,both,page"

    func run() async throws {
        guard let seedURL = Seeder.locateSeed(explicit: seedDir) else { throw BenchError("no Seed/ folder; pass --seed-dir") }
        let path = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("signpost-bench-\(UUID().uuidString).sqlite").path
        let directory = try Directory(path: path)
        let clock = ContinuousClock()
        let taxonomy = try Taxonomy.decode(Data(contentsOf: seedURL.appendingPathComponent("taxonomy.json")))
        print("Signpost search benchmark — \(ProcessInfo.processInfo.activeProcessorCount) cores, database \(path)")

        let existing = try await directory.stats().services
        if reuse && existing > 0 {
            print("Reusing \(existing) services")
        } else {
            let started = clock.now
            _ = try await Seeder(directory: directory, seedDirectory: seedURL).seedAll(includeDirectory: false)
            print(String(format: "Taxonomy and gazetteer loaded in %.1f s", seconds(clock.now - started)))
            try await build(directory, taxonomy: taxonomy, seedURL: seedURL)
        }
        try await directory.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let stats = try await directory.stats()
        print(String(format: "Database: %d services, %.1f MB on disk; peak memory so far %.0f MB", stats.services, fileMegabytes(path), Memory.peakMegabytes()))

        if let queries {
            try await replay(directory, queriesPath: queries)
        } else {
            try await synthetic(directory, taxonomy: taxonomy, seedURL: seedURL)
        }
        print(String(format: "Memory: RSS high-water mark %.0f MB (counts the memory-mapped database once per SQLite connection); private (anonymous) %.0f MB now",
                     Memory.peakMegabytes(), Memory.anonymousMegabytes()))
    }

    func build(_ directory: Directory, taxonomy: Taxonomy, seedURL: URL) async throws {
        let clock = ContinuousClock()
        let started = clock.now
        // Generated in batches and let go: a million records need not sit in memory at once.
        let replayed = try data.map(Workload.readData)
        var generator = try SyntheticDirectory(outcodeFile: seedURL.appendingPathComponent("postcodes/derived/outcode_centroids.csv"),
                                               taxonomy: taxonomy, seed: seed)
        let lads = try await directory.pool.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT outcode, lad_code FROM outcodes WHERE lad_code IS NOT NULL")
                .map { ($0["outcode"] as String, $0["lad_code"] as String) })
        }
        let total = replayed?.count ?? services
        let batch = 5000
        for start in stride(from: 0, to: total, by: batch) {
            let end = min(total, start + batch)
            let records = replayed.map { Array($0[start..<end]) } ?? (start..<end).map { generator.service($0, lads: lads) }
            let summary = try await directory.upsert(records)
            if !summary.rejected.isEmpty { print("rejected: \(summary.rejected.prefix(3))") }
            if end % 50_000 == 0 || end == total {
                print(String(format: "  %d services stored (%.0f/s)", end, Double(end) / seconds(clock.now - started)))
            }
        }
        try await directory.pool.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO services_fts(services_fts) VALUES('optimize')")
            try db.execute(sql: "ANALYZE")
        }
        print(String(format: "Index build: %d services in %.1f s (%.0f services/s, FTS5 optimised)", total,
                     seconds(clock.now - started), Double(total) / seconds(clock.now - started)))
        if let exportData {
            try await Workload.writeData(from: directory, to: exportData)
            print("Wrote \(exportData)")
        }
    }

    // MARK: synthetic workload

    struct Probe { var point: GeoPoint; var need: String?; var text: String? }

    func synthetic(_ directory: Directory, taxonomy: Taxonomy, seedURL: URL) async throws {
        var generator = try SyntheticDirectory(outcodeFile: seedURL.appendingPathComponent("postcodes/derived/outcode_centroids.csv"),
                                               taxonomy: taxonomy, seed: seed &+ 7)
        let needs = taxonomy.needSlugs.filter { $0 != "urgent" }
        var words = SyntheticDirectory.filler.prefix(120).map { $0 }
        words += taxonomy.serviceKinds.flatMap { TextNormaliser.words($0.name) }.filter { $0.count > 4 }
        func probes(need: Bool, text: Bool) -> [Probe] {
            (0..<queryCount).map { _ in
                let (point, _) = generator.point()
                return Probe(point: point, need: need ? needs[Int(generator.random.next() % UInt64(needs.count))] : nil,
                             text: text ? words[Int(generator.random.next() % UInt64(words.count))] : nil)
            }
        }
        let chosen = Set(only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let kinds: [(String, [Probe])] = [
            ("need", "need + postcode", probes(need: true, text: false)),
            ("text", "text + postcode", probes(need: false, text: true)),
            ("both", "need + text + postcode", probes(need: true, text: true)),
        ].filter { chosen.contains($0.0) }.map { ($0.1, $0.2) }
        let pageProbes = chosen.contains("page") ? probes(need: true, text: false) : []
        if let exportQueries, let both = kinds.last {
            let list = both.1.enumerated().map { i, p in
                Workload.Query(qid: "q\(i)", terms: p.text.map { [$0] } ?? [], need: p.need, lat: p.point.latitude, lon: p.point.longitude, radius_km: 10)
            }
            try Workload.write(list, to: exportQueries)
            print("Wrote \(exportQueries)")
        }

        print("\nIn process (radius 10 km, limit 20, ranked, with results loaded):")
        let clock = ContinuousClock()
        for (label, list) in kinds {
            for probe in list.prefix(50) { _ = try await directory.search(try request(probe)) }   // warm-up
            var latencies = Latencies()
            var totals = 0
            for probe in list {
                let request = try request(probe)
                let started = clock.now
                let response = try await directory.search(request)
                latencies.record(clock.now - started)
                totals += response.total
            }
            print(latencies.line(label) + String(format: "   mean matches %.0f", Double(totals) / Double(list.count)))
        }
        if !pageProbes.isEmpty { try await timePages(directory, probes: pageProbes, taxonomy: taxonomy) }

        guard httpRequests > 0 else { return }
        print("\nThrough HTTP (\(concurrency) concurrent keep-alive clients on 127.0.0.1):")
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try buildApplication(ServerConfiguration(host: "127.0.0.1", port: 0), directory: directory, logger: logger) { continuation.yield($0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw BenchError("server did not start") }
            for (label, list) in kinds + (pageProbes.isEmpty ? [] : [("page: GET /search", pageProbes)]) {
                let page = label.hasPrefix("page:")
                let targets = (0..<httpRequests).map { target(list[$0 % list.count], page: page) }
                _ = await HTTPLoad.run(port: port, targets: Array(targets.prefix(100)), concurrency: concurrency)
                let (latencies, wall) = await HTTPLoad.run(port: port, targets: targets, concurrency: concurrency)
                print(latencies.line(label, wall: wall))
            }
            group.cancelAll()
        }
    }

    func request(_ probe: Probe) throws -> SearchRequest {
        try SearchRequest(place: .coordinates(probe.point), needs: probe.need.map { [$0] } ?? [], text: probe.text, radiusKilometres: 10, limit: 20)
    }

    func target(_ probe: Probe, page: Bool = false) -> String {
        var query = String(format: "lat=%.5f&lon=%.5f&radius_km=10&limit=20", probe.point.latitude, probe.point.longitude)
        if let need = probe.need { query += "&need=\(need)" }
        if let text = probe.text { query += "&q=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text)" }
        return (page ? "/search?" : "/v1/search?") + query
    }

    // MARK: replay

    func replay(_ directory: Directory, queriesPath: String) async throws {
        let list = try Workload.readQueries(queriesPath)
        let clock = ContinuousClock()
        var latencies = Latencies()
        var results: [Workload.Answer] = []
        for query in list {
            let started = clock.now
            if strict {
                let answer = try await directory.strictSearch(StrictQuery(terms: query.terms, need: query.need,
                                                                          point: GeoPoint(latitude: query.lat, longitude: query.lon),
                                                                          radiusKilometres: query.radius_km))
                latencies.record(clock.now - started)
                results.append(.init(qid: query.qid, total: answer.total, ids: answer.ids))
            } else {
                let response = try await directory.search(try SearchRequest(
                    place: .coordinates(GeoPoint(latitude: query.lat, longitude: query.lon)), needs: query.need.map { [$0] } ?? [],
                    text: query.terms.joined(separator: " "), radiusKilometres: query.radius_km, limit: 20))
                latencies.record(clock.now - started)
                results.append(.init(qid: query.qid, total: response.total, ids: response.results.map(\.service.externalID)))
            }
        }
        print(latencies.line(strict ? "replay (strict)" : "replay (ranked)"))
        if let answers {
            try Workload.write(results, to: answers)
            print("Wrote \(answers)")
        }
    }
}
