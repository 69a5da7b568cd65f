import Foundation
import Testing
import TestSupport

/// The `signpost` executable, run as a person would, on its own database file.
@Suite("CLI end to end", .serialized)
struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Run {
        let result = try await ChildProcess.run(Fixtures.signpostExecutable, arguments, environment: environment, directory: Fixtures.root)
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    func seededPath() async throws -> String {
        try await SeededDatabases.shared.make().path
    }

    @Test("search prints a readable table with name, organisation, distance, phone and why")
    func table() async throws {
        let db = try await seededPath()
        let result = try await run(["search", "--db", db, "--postcode", "DD1 4HN", "--need", "money"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("near DD1 4HN (unit, Dundee City) for money"))
        for column in ["Service", "Organisation", "Distance", "Phone", "Why"] { #expect(result.stdout.contains(column)) }
        #expect(result.stdout.contains(" km"))
    }

    @Test("--json is the API's JSON, in the same order")
    func json() async throws {
        let db = try await seededPath()
        let result = try await run(["search", "--db", db, "--postcode", "DD1 4HN", "--need", "money", "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let cliIDs = (object?["results"] as? [[String: Any]])?.compactMap { $0["id"] as? Int }
        let directory = try SignpostStoreAccess.open(db)
        let apiIDs = try await withServer(directory) { server in
            let reply = try await server.get("/v1/search", query: ["postcode": "DD1 4HN", "need": "money"])
            return (try reply.json()["results"] as? [[String: Any]])?.compactMap { $0["id"] as? Int }
        }
        #expect(cliIDs == apiIDs)
        #expect(cliIDs?.isEmpty == false)
    }

    @Test("filters give the same answer as the API's")
    func filters() async throws {
        let db = try await seededPath()
        let result = try await run(["search", "--db", db, "--postcode", "E1 6AN", "--need", "money", "--free", "--delivery", "phone", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let cliIDs = (object?["results"] as? [[String: Any]])?.compactMap { $0["id"] as? Int }
        let directory = try SignpostStoreAccess.open(db)
        let apiIDs = try await withServer(directory) { server in
            let reply = try await server.get("/v1/search", query: ["postcode": "E1 6AN", "need": "money", "free": "true", "delivery": "phone"])
            return (try reply.json()["results"] as? [[String: Any]])?.compactMap { $0["id"] as? Int }
        }
        #expect(cliIDs == apiIDs)
        #expect(cliIDs?.isEmpty == false)
    }

    @Test("bad input: one-line error and a non-zero exit", arguments: [
        ["search", "--postcode", "DD1 4HN", "--delivery", "pigeon"],
        ["search", "--postcode", "KY1-1AA"], ["search", "--postcode", "DD1 4HN", "--need", "unicorns"],
        ["search", "--postcode", "DD1 4HN", "--radius-km", "900"], ["search"], ["postcodes", "lookup", "12345"],
        ["postcodes", "lookup", "BX1 1LT"],
    ])
    func badInput(arguments: [String]) async throws {
        let db = try await seededPath()
        let result = try await run(arguments + ["--db", db])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("Error:") == true)
    }

    @Test("needs and postcode lookup")
    func needsAndLookup() async throws {
        let db = try await seededPath()
        let needs = try await run(["needs", "--db", db])
        #expect(needs.status == 0)
        #expect(needs.stdout.contains("planning-ahead"))
        let lookup = try await run(["postcodes", "lookup", "dd6 8ab", "--db", db])
        #expect(lookup.stdout.contains("Council: Fife (S12000047)"))
        #expect(lookup.stdout.contains("unit precision"))
    }

    @Test("SIGNPOST_DB picks the database; an empty one is seeded on first use")
    func environmentAndSeeding() async throws {
        let folder = try Fixtures.temporaryFolder()
        let db = folder.appendingPathComponent("fresh.sqlite").path
        let result = try await run(["search", "--postcode", "E1 6AN", "--q", "food bank"], environment: ["SIGNPOST_DB": db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Seeded"))
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test("the CLI works while a server has the same database open")
    func besideServer() async throws {
        let db = try await seededPath()
        let directory = try SignpostStoreAccess.open(db)
        let ok = try await withServer(directory) { server in
            let cli = try await run(["search", "--db", db, "--postcode", "E1 6AN", "--need", "food"])
            let api = try await server.get("/v1/search", query: ["postcode": "E1 6AN", "need": "food"])
            return cli.status == 0 && api.status == 200
        }
        #expect(ok)
    }

    @Test("--help explains every command")
    func help() async throws {
        for command in [["--help"], ["search", "--help"], ["serve", "--help"], ["postcodes", "import", "--help"]] {
            let result = try await run(command)
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE"))
        }
    }
}

import SignpostStore
enum SignpostStoreAccess {
    static func open(_ path: String) throws -> Directory { try Directory(path: path) }
}
