import ArgumentParser
import Foundation
import SignpostOpenReferral
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
            let writer = ORUKServiceWriter(taxonomy: try? directory.taxonomy())
            var after: Int64 = 0
            var count = 0
            if !ndjson { handle.write(Data("[\n".utf8)) }
            while true {
                let page = try await directory.publishedServices(after: after, limit: 500)
                guard let last = page.last else { break }
                for item in page {
                    let json = writer.json(for: item)
                    let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .withoutEscapingSlashes])
                    if !ndjson && count > 0 { handle.write(Data(",\n".utf8)) }
                    handle.write(data)
                    if ndjson { handle.write(Data("\n".utf8)) }
                    count += 1
                }
                after = last.view.id
                FileHandle.standardError.write(Data("\r\(count) services…".utf8))
            }
            if !ndjson { handle.write(Data("\n]\n".utf8)) }
            FileHandle.standardError.write(Data("\r".utf8))
            print("Exported \(count) services to \(out)")
        }
    }
}
