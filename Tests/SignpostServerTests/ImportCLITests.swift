import Foundation
import GRDB
import Testing
import TestSupport
import SignpostStore

/// `signpost import oruk` on files of every accepted shape.
@Suite("Import Open Referral files", .serialized)
struct ImportCLITests {
    func run(_ arguments: [String]) async throws -> (status: Int32, out: String, err: String) {
        let result = try await ChildProcess.run(Fixtures.signpostExecutable, arguments)
        return (result.status, result.stdout, result.stderr)
    }

    func fixtureServices() throws -> [Any] {
        let folder = Fixtures.root.appendingPathComponent("Crawlers/fixtures/oruk-v3/services")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent($0)))
        }
    }

    func write(_ data: Data, _ name: String) throws -> String {
        let url = try Fixtures.temporaryFolder().appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func count(_ db: String, source: String) async throws -> Int {
        try await Directory(path: db).pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM services WHERE source = ?", arguments: [source]) ?? 0 }
    }

    @Test("an array of v3 services imports; importing it again changes nothing and duplicates nothing")
    func arrayAndReimport() async throws {
        let db = try await SeededDatabases.shared.make(.geographyOnly).path
        let file = try write(try JSONSerialization.data(withJSONObject: fixtureServices()), "darlington.json")
        let first = try await run(["import", "oruk", file, "--db", db])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("darlington: 5 created, 0 updated, 0 unchanged, 0 rejected, 0 warnings"))
        let again = try await run(["import", "oruk", file, "--db", db])
        #expect(again.out.contains("darlington: 0 created, 0 updated, 5 unchanged, 0 rejected"))
        #expect(try await count(db, source: "darlington") == 5)
    }

    @Test("one service a line, and an ORUK 1.0 page, both import")
    func shapes() async throws {
        let db = try await SeededDatabases.shared.make(.geographyOnly).path
        let lines = try fixtureServices().map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }.joined(separator: "\n")
        #expect(try await run(["import", "oruk", try write(Data(lines.utf8), "lines.ndjson"), "--db", db]).out.contains("5 created"))
        let page = Fixtures.root.appendingPathComponent("Crawlers/fixtures/oruk-v1/services@page=1.json").path
        let v1 = try await run(["import", "oruk", page, "--db", db, "--source", "v1-page"])
        #expect(v1.out.contains("v1-page: 3 created"), "\(v1.out) \(v1.err)")
    }

    @Test("a bad record is rejected with its reason; the rest are stored")
    func badRecord() async throws {
        let db = try await SeededDatabases.shared.make(.geographyOnly).path
        var services = try fixtureServices()
        services.append(["id": "no-name"])
        let result = try await run(["import", "oruk", try write(try JSONSerialization.data(withJSONObject: services), "mixed.json"), "--db", db])
        #expect(result.status == 0)
        #expect(result.out.contains("5 created, 0 updated, 0 unchanged, 1 rejected"))
        #expect(result.out.contains("rejected no-name: name is missing"))
    }

    @Test("malformed JSON is a clear error and imports nothing", arguments: ["{\"id\": ", "[1, 2", "not json at all", "{\"services\": []}"])
    func malformed(text: String) async throws {
        let db = try await SeededDatabases.shared.make(.geographyOnly).path
        let result = try await run(["import", "oruk", try write(Data(text.utf8), "bad.json"), "--db", db])
        #expect(result.status != 0)
        #expect(result.err.contains("nothing was imported"), "\(result.err)")
        #expect(try await count(db, source: "bad") == 0)
    }
}
