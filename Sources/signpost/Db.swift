import ArgumentParser
import Foundation
import SignpostCore
import SignpostStore

struct Db: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Seed and inspect the database.", subcommands: [Seed.self, Status.self, ReloadTaxonomy.self])

    struct Seed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load Seed/ (taxonomy, postcodes, sample directory); safe to repeat.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let seed = database.seedDirectory else { throw CLIError("no Seed/ folder found; pass --seed DIR") }
            let directory = try await database.open(seedIfEmpty: false)
            print(try await Seeder(directory: directory, seedDirectory: seed).seedAll())
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Counts of what the database holds.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let stats = try await database.open(seedIfEmpty: false).stats()
            print(String(decoding: try JSONOutput.encoder(pretty: true).encode(stats), as: UTF8.self))
        }
    }

    struct ReloadTaxonomy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reload-taxonomy",
            abstract: "Load a taxonomy file (default Seed/taxonomy.json) and re-tag services: new synonyms need no code change.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Taxonomy JSON file.") var file: String?

        func run() async throws {
            let path = file ?? database.seedDirectory?.appendingPathComponent("taxonomy.json").path ?? "Seed/taxonomy.json"
            let taxonomy: Taxonomy
            do { taxonomy = try Taxonomy.decode(Data(contentsOf: URL(fileURLWithPath: path))) } catch {
                throw CLIError("\(path): \(error)")
            }
            let directory = try await database.open()
            try await directory.loadTaxonomy(taxonomy)
            print("Loaded taxonomy \(taxonomy.version) from \(path) and re-tagged services.")
        }
    }
}
