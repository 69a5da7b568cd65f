import ArgumentParser
import Foundation
import SignpostHarvest
import SignpostStore

struct Crawl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Harvest sources by their recipes in Crawlers/, politely; resumes where a stopped crawl left off.",
        discussion: """
            Examples:
              signpost crawl --all
              signpost crawl fixture-council --base http://127.0.0.1:8081 --allow-loopback 127.0.0.1
            Exits non-zero only when a source fails as a whole.
            """)

    @OptionGroup var options: SourcesCommand.Options

    @Argument(help: "Source ids (recipe file names without .yml).") var sources: [String] = []
    @Flag(help: "Crawl every valid recipe.") var all = false
    @Option(name: .customLong("max-pages"), help: "Stop after this many pages per source (the next crawl resumes).") var maxPages: Int?
    @Option(help: "Fill {base} in fixture recipes with this URL.") var base: String?
    @Option(name: .customLong("allow-loopback"), help: "Loopback addresses that may be fetched (tests and benchmarks only).")
    var allowLoopback: [String] = []
    @Option(help: "Seconds between requests to a host, if longer than the recipe's.") var delay: Double?
    @Option(name: .customLong("user-agent"), help: "User-Agent to send (default names Signpost and a contact URL).") var userAgent: String?
    @Option(help: "Sources crawled at once (sources on the same host always take turns).") var concurrency = 2

    func run() async throws {
        guard all || !sources.isEmpty else { throw CLIError("name sources to crawl, or --all") }
        let directory = try await options.database.open(quiet: true)
        let loader = RecipeLoader(taxonomy: try? directory.taxonomy())
        var recipes: [Recipe] = []
        if all {
            let (found, problems) = loader.loadAll(folder: options.folder)
            for problem in problems { FileHandle.standardError.write(Data("skipping: \(problem)\n".utf8)) }
            recipes = found
        } else {
            for id in sources {
                let (recipe, problems) = loader.load(file: options.folder.appendingPathComponent("\(id).yml"))
                guard let recipe, problems.isEmpty else { throw CLIError(problems.first?.description ?? "no recipe \(id)") }
                recipes.append(recipe)
            }
        }
        var configuration = FetchConfiguration(addressPolicy: AddressPolicy(allowedLoopback: Set(allowLoopback)))
        if let userAgent { configuration.userAgent = userAgent }
        let harvester = Harvester(directory: directory, fetcher: CurlFetcher(configuration: configuration), userAgent: configuration.userAgent)
        // Sources that share a host take turns, so each host sees one request at a time; up to
        // --concurrency hosts are crawled at once.
        let groups = Dictionary(grouping: recipes.map { $0.resolved(base: base) }, by: { $0.allowedHosts.first ?? $0.id })
            .sorted { $0.key < $1.key }.map(\.value)
        let delay = self.delay, maxPages = self.maxPages
        let reports = try await withThrowingTaskGroup(of: [Harvester.Report].self) { group in
            var pending = groups.makeIterator()
            var results: [Harvester.Report] = []
            func crawl(_ recipes: [Recipe]) async throws -> [Harvester.Report] {
                var reports: [Harvester.Report] = []
                for var recipe in recipes {
                    if let delay { recipe.politeness.delaySeconds = max(recipe.politeness.delaySeconds, delay) }
                    let id = recipe.id
                    reports.append(try await harvester.crawl(recipe, maxPages: maxPages) { p in
                        let line = String(format: "\r%@: %d done, %d queued, %.1f pages/s, %d errors, %d new / %d changed / %d withdrawn   ",
                                          id, p.done, p.queued, p.pagesPerSecond, p.errors, p.created, p.changed, p.withdrawn)
                        FileHandle.standardError.write(Data(line.utf8))
                    })
                }
                return reports
            }
            for _ in 0..<max(1, concurrency) {
                guard let next = pending.next() else { break }
                group.addTask { try await crawl(next) }
            }
            while let finished = try await group.next() {
                results += finished
                if let next = pending.next() { group.addTask { try await crawl(next) } }
            }
            return results
        }
        FileHandle.standardError.write(Data("\n".utf8))
        var failures = 0
        for report in reports.sorted(by: { $0.source < $1.source }) {
            print(report)
            for error in report.errors.prefix(20) { print("  \(error)") }
            if report.errors.count > 20 { print("  … and \(report.errors.count - 20) more") }
            if report.status == "failed" { failures += 1 }
        }
        if failures > 0 { throw CLIError("\(failures) source\(failures == 1 ? "" : "s") failed") }
    }
}
