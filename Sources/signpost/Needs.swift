import ArgumentParser
import Foundation
import SignpostCore

struct Needs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the need categories (slugs, names, service kinds).")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print the whole taxonomy as JSON (as GET /v1/needs).")
    var json = false

    func run() async throws {
        let taxonomy = try await database.open(quiet: json).taxonomy()
        if json {
            print(String(decoding: try JSONOutput.encoder(pretty: true).encode(taxonomy), as: UTF8.self))
            return
        }
        print("Need taxonomy \(taxonomy.version): \(taxonomy.needs.count) needs, \(taxonomy.serviceKinds.count) service kinds, \(taxonomy.hnaChecklist.items.count) HNA items\n")
        let width = taxonomy.needs.map(\.slug.count).max() ?? 10
        for need in taxonomy.needs {
            let flag = need.safety.map { " [\($0.rawValue)]" } ?? ""
            print("\(need.slug.padding(toLength: width, withPad: " ", startingAt: 0))  \(need.name)\(flag)")
            let kinds = need.serviceKinds.prefix(4).compactMap { taxonomy.kind($0.kind)?.name.lowercased() }
            print("\(String(repeating: " ", count: width))    e.g. \(kinds.joined(separator: ", ")); \(need.synonyms.count) search terms")
        }
    }
}
