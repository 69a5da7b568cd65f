import ArgumentParser
import Foundation
import SignpostCore
import SignpostStore

struct Postcodes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look up postcodes and import the gazetteer.",
        subcommands: [Lookup.self, Import.self])

    struct Lookup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Where a postcode, sector or district is, and its council.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Postcode (DD1 4HN), sector (DD1 4) or district (DD1).")
        var postcode: String

        @Flag(help: "Print JSON.")
        var json = false

        func run() async throws {
            let query: PostcodeQuery
            do { query = try PostcodeQuery(postcode) } catch { throw CLIError(error.description) }
            let directory = try await database.open(quiet: json)
            let place: ResolvedPlace
            do { place = try await directory.resolve(query) } catch let error as SearchQueryError { throw CLIError(error.description) }
            if json {
                print(String(decoding: try JSONOutput.encoder(pretty: true).encode(place), as: UTF8.self))
                return
            }
            print("\(place.postcode ?? query.display): \(String(format: "%.5f, %.5f", place.point.latitude, place.point.longitude)) (\(place.precision.rawValue) precision)")
            if let lad = place.localAuthority { print("Council: \(lad.name) (\(lad.code))") }
            if let nation = place.nation { print("Nation: \(nation.displayName)") }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import ONS NSPL/ONSPD CSVs (any vintage) or Signpost lookup files, by column name.",
            discussion: "Example: signpost postcodes import NSPL_MAY_2025_UK.csv")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "CSV files.")
        var files: [String]

        func run() async throws {
            let directory = try await database.open()
            let importer = GazetteerImporter(directory: directory)
            for file in files {
                guard FileManager.default.fileExists(atPath: file) else { throw CLIError("\(file): no such file") }
                do {
                    let summary = try await importer.importFile(file) { done in
                        FileHandle.standardError.write(Data("\r\(file): \(done) rows…".utf8))
                    }
                    FileHandle.standardError.write(Data("\r".utf8))
                    print(summary)
                } catch let error as StoreError {
                    throw CLIError(error.description)
                }
            }
        }
    }
}
