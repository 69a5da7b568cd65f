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
                A file may hold one service, an array, a /services page (v3 or 1.0 envelope) or one service a line;
                it is read as a stream, so files of any size import in bounded memory.
                A URL is walked page by page like a crawl (politely, resumably).
                Each bad record is rejected with its reason; the rest are stored. Re-importing updates in place.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "A JSON or NDJSON file, or the base URL of an ORUK API.") var input: String
        @Option(help: "Name of the source, kept as each record's provenance (default: the file name or host).") var source: String?
        @Option(name: .customLong("allow-loopback"), help: "Loopback addresses that may be fetched (tests only).") var allowLoopback: [String] = []

        func run() async throws {
            let directory = try await database.open(quiet: true)
            if input.hasPrefix("http://") || input.hasPrefix("https://") {
                try await importURL(directory)
                return
            }
            let url = URL(fileURLWithPath: input)
            guard FileManager.default.fileExists(atPath: url.path) else { throw CLIError("\(input): no such file") }
            let name = source ?? url.deletingPathExtension().lastPathComponent
            let outcome: ORUKFileImporter.Outcome
            do {
                outcome = try await ORUKFileImporter(url: url, source: name, directory: directory).run { p in
                    FileHandle.standardError.write(Data("\r\(p.records) records, \(p.bytesRead / 1_048_576) of \(p.bytes / 1_048_576) MB…".utf8))
                }
            } catch let failure as ORUKFileImporter.Failure {
                throw CLIError(failure.description)
            }
            FileHandle.standardError.write(Data("\n".utf8))
            print("\(name): \(outcome.summary), \(outcome.warningCount) warning\(outcome.warningCount == 1 ? "" : "s")")
            for reason in outcome.summary.rejected.prefix(50) { print("  rejected \(reason)") }
            for warning in outcome.warnings { print("  warning \(warning)") }
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
