import ArgumentParser
import Foundation
import SignpostHarvest
import SignpostStore

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export the directory.", subcommands: [ORUK.self])

    struct ORUK: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "oruk", abstract: "Every active service as Open Referral UK (HSDS 3.0) JSON, streamed.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Output file.") var out: String
        @Flag(help: "One service a line instead of a JSON array.") var ndjson = false

        func run() async throws {
            let directory = try await database.open(quiet: true)
            guard FileManager.default.createFile(atPath: out, contents: nil), let handle = FileHandle(forWritingAtPath: out) else {
                throw CLIError("cannot write \(out)")
            }
            defer { try? handle.close() }
            let count = try await ORUKExporter(directory: directory, ndjson: ndjson).write(to: handle) { count in
                FileHandle.standardError.write(Data("\r\(count) services…".utf8))
            }
            FileHandle.standardError.write(Data("\r".utf8))
            print("Exported \(count) services to \(out)")
        }
    }
}
