import ArgumentParser
import Foundation
import SignpostStore

/// `--db` and `--seed`, shared by every command; flags win over `SIGNPOST_DB` / `SIGNPOST_SEED`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("SQLite database file (default: $SIGNPOST_DB or ./signpost.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Seed folder used when the database is empty (default: $SIGNPOST_SEED or ./Seed).", valueName: "dir"))
    var seed: String?

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["SIGNPOST_DB"] ?? "signpost.sqlite"
    }

    var seedDirectory: URL? {
        Seeder.locateSeed(explicit: seed ?? ProcessInfo.processInfo.environment["SIGNPOST_SEED"])
    }

    /// Opens the directory, seeding it from `Seed/` if it has never been seeded.
    func open(seedIfEmpty: Bool = true, quiet: Bool = false) async throws -> Directory {
        let directory = try Directory(path: databasePath)
        if seedIfEmpty {
            guard let seedDirectory else {
                throw CLIError("no Seed/ folder found; pass --seed DIR or set SIGNPOST_SEED")
            }
            if let report = try await directory.seedIfEmpty(from: seedDirectory), !quiet {
                FileHandle.standardError.write(Data("Seeded \(databasePath) from \(seedDirectory.path):\n\(report)\n".utf8))
            }
        }
        return directory
    }
}

/// A one-line error for the terminal; the command exits non-zero.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
