import ArgumentParser
import Foundation
import SignpostCore
import SignpostHarvest
import SignpostOpenReferral
import SignpostStore

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import services from other directories.", subcommands: [ORUK.self])

    struct ORUK: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "oruk",
            abstract: "Import Open Referral UK services from a file or an ORUK API base URL.",
            discussion: """
                A file may hold one service, an array, a /services page (v3 or 1.0 envelope) or one service a line.
                A URL is walked page by page like a crawl (politely, resumably).
                Each bad record is rejected with its reason; the rest are stored. Re-importing updates in place.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "A JSON or NDJSON file, or the base URL of an ORUK API.") var input: String
        @Option(help: "Name of the source, kept as each record's provenance (default: the file name or host).") var source: String?
        @Option(name: .customLong("allow-loopback"), help: "Loopback addresses that may be fetched (tests only).") var allowLoopback: [String] = []

        static let maxFileBytes = 512 * 1024 * 1024

        func run() async throws {
            let directory = try await database.open(quiet: true)
            if input.hasPrefix("http://") || input.hasPrefix("https://") {
                try await importURL(directory)
                return
            }
            let url = URL(fileURLWithPath: input)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
            guard let size else { throw CLIError("\(input): no such file") }
            guard size <= Self.maxFileBytes else {
                throw CLIError("\(input) is \(size / 1_048_576) MB; files over \(Self.maxFileBytes / 1_048_576) MB must be split or served as an API")
            }
            let name = source ?? url.deletingPathExtension().lastPathComponent
            let found: (items: [[String: Any]], version: ORUKServiceMapper.Version)
            do { found = try ORUKDocument.services(in: try Data(contentsOf: url)) } catch let error as ORUKDocument.Failure {
                throw CLIError("\(input): \(error.description); nothing was imported")
            }
            let mapper = ORUKServiceMapper(source: name, taxonomy: try? directory.taxonomy())
            var total = Directory.UpsertSummary()
            var warnings: [String] = []
            var records: [ServiceRecord] = []
            for (index, item) in found.items.enumerated() {
                guard let record = mapper.record(from: item, version: found.version, url: url.path) else {
                    let id = ORUKServiceMapper.string(item["id"]) ?? "record \(index + 1)"
                    total.rejected.append("\(id): \(item["id"] == nil ? "id" : "name") is missing")
                    continue
                }
                warnings += ORUKServiceMapper.problems(in: item).map { "\(ORUKServiceMapper.string(item["id"]) ?? "?"): \($0)" }
                records.append(record)
                if records.count == 2000 { try await store(&records, into: &total, directory: directory, done: index + 1, of: found.items.count) }
            }
            try await store(&records, into: &total, directory: directory, done: found.items.count, of: found.items.count)
            FileHandle.standardError.write(Data("\n".utf8))
            print("\(name): \(total), \(warnings.count) warning\(warnings.count == 1 ? "" : "s")")
            for reason in total.rejected.prefix(50) { print("  rejected \(reason)") }
            for warning in warnings.prefix(50) { print("  warning \(warning)") }
        }

        func store(_ records: inout [ServiceRecord], into total: inout Directory.UpsertSummary, directory: Directory, done: Int, of count: Int) async throws {
            guard !records.isEmpty else { return }
            let summary = try await directory.upsert(records)
            total.add(summary)
            records.removeAll(keepingCapacity: true)
            FileHandle.standardError.write(Data("\r\(done) of \(count) records…".utf8))
        }

        /// An API is imported by crawling it: the harvester already walks /services pages and /services/{id}.
        func importURL(_ directory: Directory) async throws {
            guard let components = URLComponents(string: input), let host = components.host?.lowercased() else { throw CLIError("\(input) is not a URL") }
            let base = input.hasSuffix("/") ? String(input.dropLast()) : input
            let id = source ?? host.replacingOccurrences(of: ".", with: "-")
            let recipe = Recipe(id: id, name: id, type: .orukV3, licence: nil, attribution: nil, startURLs: [base + "/services?page=1"],
                                allowedHosts: [host], follow: .init(), detailURLContains: "/services/", fields: [:], categories: [:],
                                politeness: .init(), file: "(import)")
            let harvester = Harvester(directory: directory, fetcher: CurlFetcher(configuration: FetchConfiguration(
                addressPolicy: AddressPolicy(allowedLoopback: Set(allowLoopback)))))
            let report = try await harvester.crawl(recipe) { p in
                FileHandle.standardError.write(Data("\r\(p.done) pages, \(p.created) new, \(p.changed) changed   ".utf8))
            }
            FileHandle.standardError.write(Data("\n".utf8))
            print(report)
            if report.status == "failed" { throw CLIError("the import failed: \(report.errors.first ?? "no page could be read")") }
        }
    }
}
