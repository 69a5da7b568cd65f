import Foundation
import SignpostCore
import SignpostStore
import SignpostWeb

extension SearchBenchmark {
    /// A resident's results page in process: the search, then the HTML, timed apart and together
    /// (the server's own work for `/search`, without the socket).
    func timePages(_ directory: Directory, probes: [Probe], taxonomy: Taxonomy) async throws {
        let renderer = try PageRenderer()
        let clock = ContinuousClock()
        var whole = Latencies(), renderOnly = Latencies()
        var bytes = 0
        for probe in probes.prefix(50) {   // warm-up
            _ = renderer.results(query: pageQuery(probe), response: try await directory.search(try request(probe)), taxonomy: taxonomy)
        }
        for probe in probes {
            let started = clock.now
            let response = try await directory.search(try request(probe))
            let searched = clock.now
            let html = renderer.results(query: pageQuery(probe), response: response, taxonomy: taxonomy)
            let done = clock.now
            whole.record(done - started)
            renderOnly.record(done - searched)
            bytes += html.utf8.count
        }
        print(whole.line("page: search + HTML") + String(format: "   mean page %.1f KB", Double(bytes) / Double(probes.count) / 1024))
        print(renderOnly.line("page: HTML only"))
    }

    func pageQuery(_ probe: Probe) -> SearchPageQuery {
        var query = SearchPageQuery()
        query.needs = probe.need.map { [$0] } ?? []
        query.q = probe.text ?? ""
        return query
    }
}
