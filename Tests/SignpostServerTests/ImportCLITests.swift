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
        #expect(first.out.contains("darlington: 5 created, 0 updated, 0 unchanged, 0 rejected, 5 warnings"))
        // The UK profile requires a taxonomy_term description; these fixtures leave it out.
        #expect(first.out.contains("warning dl-101: attributes[0].taxonomy_term.description: missing"))
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
        // A database of its own: the 1.0 page reuses the v3 fixtures' ids, a collision across sources.
        let other = try await SeededDatabases.shared.make(.geographyOnly).path
        let v1 = try await run(["import", "oruk", page, "--db", other, "--source", "v1-page"])
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

/// `signpost import oruk` on big files, broken files and ids another source already uses.
@Suite("Import Open Referral files: streaming and collisions", .serialized)
struct ImportStreamingTests {
    func run(_ arguments: [String]) async throws -> (status: Int32, out: String, err: String) {
        let result = try await ChildProcess.run(Fixtures.signpostExecutable, arguments)
        return (result.status, result.stdout, result.stderr)
    }

    static func service(_ number: Int) -> String {
        let id = String(format: "00000000-0000-4000-8000-%012d", number)
        return #"{"id":"\#(id)","name":"Service \#(number)","description":"Advice with \"quotes\", [brackets] and {braces}. \#(String(repeating: "Words to fill the record out. ", count: 8))","status":"active","organization":{"id":"10000000-0000-4000-8000-000000000001","name":"Org","description":"An org"}}"#
    }

    static func file(_ text: String, _ name: String) throws -> String {
        let url = try Fixtures.temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("a file of thousands of records streams in as an array, one a line, or a page, each the same",
          arguments: ["array", "ndjson", "page"])
    func streams(shape: String) async throws {
        let db = try await SeededDatabases.shared.make(.geographyOnly).path
        let records = (1...4000).map(Self.service)
        let text = switch shape {
        case "array": "[\n" + records.joined(separator: ",\n") + "\n]"
        case "ndjson": records.joined(separator: "\n") + "\n"
        default: #"{"total_items": 4000, "contents": ["# + records.joined(separator: ",") + #"], "last_page": true}"#
        }
        let path = try Self.file(text, "big-\(shape).json")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int > 1_048_576)   // more than one read
        let result = try await run(["import", "oruk", path, "--db", db, "--source", "big"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("big: 4000 created, 0 updated, 0 unchanged, 0 rejected"), "\(result.out)")
    }

    @Test("JSON broken part-way stops with the byte offset; the records before it stay stored; a bad record alone is only rejected")
    func brokenPartWay() async throws {
        let db = try await SeededDatabases.shared.make(.geographyOnly).path
        let good = (1...2500).map(Self.service).joined(separator: ",")
        let path = try Self.file("[" + good + #",{"id": "x", "name": "y"]]"#, "broken.json")
        let result = try await run(["import", "oruk", path, "--db", db, "--source", "broken"])
        #expect(result.status != 0)
        #expect(result.err.contains("not valid JSON at byte"), "\(result.err)")
        #expect(result.err.contains("the 2000 records before it were stored") || result.err.contains("the 2500 records before it were stored"), "\(result.err)")
        let stored = try await Directory(path: db).pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM services WHERE source = 'broken'") ?? 0 }
        #expect(stored >= 2000)

        let oneBad = try Self.file("[" + Self.service(9001) + #",{"id": "x", "name": },"# + Self.service(9002) + "]", "one-bad.json")
        let result2 = try await run(["import", "oruk", oneBad, "--db", db, "--source", "one-bad"])
        #expect(result2.status == 0)
        #expect(result2.out.contains("one-bad: 2 created, 0 updated, 0 unchanged, 1 rejected"), "\(result2.out)")
        #expect(result2.out.contains("rejected record 2 (byte "), "\(result2.out)")
    }

    @Test("a record whose id another source already uses is rejected with the reason; the other is not touched")
    func collision() async throws {
        let db = try await SeededDatabases.shared.make(.geographyOnly).path
        let path = try Self.file("[" + Self.service(1) + "," + Self.service(2) + "]", "feed.json")
        #expect(try await run(["import", "oruk", path, "--db", db, "--source", "north"]).out.contains("north: 2 created"))
        let again = try await run(["import", "oruk", path, "--db", db, "--source", "south"])
        #expect(again.status == 0)
        #expect(again.out.contains("south: 0 created, 0 updated, 0 unchanged, 2 rejected"), "\(again.out)")
        #expect(again.out.contains(#"rejected 00000000-0000-4000-8000-000000000001: id: already belongs to a service from source "north""#), "\(again.out)")
    }

    @Test("the validator's Warn mock imports with no service warnings, as the validator finds none in it")
    func warnMock() async throws {
        let mock = Fixtures.root.appendingPathComponent("Tests/Conformance/validator-mocks/V3.0-UK-Warn/service_full.json")
        guard FileManager.default.fileExists(atPath: mock.path) else { return }
        let db = try await SeededDatabases.shared.make(.geographyOnly).path
        let result = try await run(["import", "oruk", mock.path, "--db", db, "--source", "warn"])
        #expect(result.out.contains("warn: 1 created, 0 updated, 0 unchanged, 0 rejected, 0 warnings"), "\(result.out)")
    }
}
