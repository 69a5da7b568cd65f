import Foundation
import GRDB
import SignpostCore

/// Fills an empty database from `Seed/`: the need taxonomy, the postcode gazetteer (five-area
/// sample plus GB district and sector centroids, with councils) and the sample directory.
public struct Seeder: Sendable {
    public struct Report: Sendable, CustomStringConvertible {
        public var taxonomyVersion = ""
        public var gazetteer: [GazetteerImporter.Summary] = []
        public var directory = Directory.UpsertSummary()
        public var description: String {
            (["taxonomy \(taxonomyVersion)"] + gazetteer.map(\.description) + ["directory: \(directory)"]).joined(separator: "\n")
        }
    }

    public let seedDirectory: URL
    let directory: Directory

    public init(directory: Directory, seedDirectory: URL) {
        self.directory = directory
        self.seedDirectory = seedDirectory
    }

    /// Where `Seed/` is: an explicit path, `SIGNPOST_SEED`-style override passed by the caller,
    /// the working directory's `Seed/`, or the source checkout this binary was built from.
    public static func locateSeed(explicit: String? = nil, filePath: String = #filePath) -> URL? {
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Seed"))
        // Sources/SignpostStore/Seed/Seeder.swift → repository root.
        candidates.append(URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Seed"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("taxonomy.json").path) }
    }

    /// Seeds everything. Safe to run again: every step upserts.
    public func seedAll(includeDirectory: Bool = true) async throws -> Report {
        var report = Report()
        let taxonomy = try Taxonomy.decode(Data(contentsOf: seedDirectory.appendingPathComponent("taxonomy.json")))
        try await directory.pool.write { db in try TaxonomyTables.replace(taxonomy, in: db) }
        directory.invalidateContext()
        report.taxonomyVersion = taxonomy.version
        report.gazetteer = try await seedGazetteer()
        if includeDirectory { report.directory = try await seedDirectoryFiles() }
        try await directory.pool.write { db in try Meta.set("seeded_at", directory.now(), db) }
        return report
    }

    func seedGazetteer() async throws -> [GazetteerImporter.Summary] {
        let importer = GazetteerImporter(directory: directory)
        let postcodes = seedDirectory.appendingPathComponent("postcodes")
        var files = ["derived/lad_names.csv", "derived/outcode_centroids.csv", "derived/outcode_lad.csv",
                     "derived/sector_centroids.csv", "derived/sector_lad.csv"]
        let units = try FileManager.default.contentsOfDirectory(atPath: postcodes.appendingPathComponent("nspl-may-2025").path)
            .filter { $0.hasSuffix(".csv") }.sorted().map { "nspl-may-2025/" + $0 }
        files += units + ["derived/postcode_lad.csv"]
        var summaries: [GazetteerImporter.Summary] = []
        for file in files {
            // The shipped centroids cover all of GB and average every unit; keep them as published.
            summaries.append(try await importer.importFile(postcodes.appendingPathComponent(file).path, recomputeCentroids: false))
        }
        directory.invalidateContext()
        return summaries
    }

    func seedDirectoryFiles() async throws -> Directory.UpsertSummary {
        let folder = seedDirectory.appendingPathComponent("directory")
        var total = Directory.UpsertSummary()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".json") }).sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let parsed: SeedDirectoryFile
            do { parsed = try JSONDecoder().decode(SeedDirectoryFile.self, from: data) } catch {
                throw StoreError.importFailed("Seed/directory/\(file): \(error)")
            }
            let summary = try await directory.upsert(parsed.records(file: file))
            total.add(summary)
        }
        return total
    }
}

extension Directory {
    /// Seeds the database from `Seed/` when it has never been seeded; returns the report if it did.
    public func seedIfEmpty(from seed: URL) async throws -> Seeder.Report? {
        let seeded = try await pool.read { db in try Meta.get("seeded_at", db) }
        guard seeded == nil else { return nil }
        return try await Seeder(directory: self, seedDirectory: seed).seedAll()
    }
}
