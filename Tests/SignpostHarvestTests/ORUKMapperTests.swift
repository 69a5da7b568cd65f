import Foundation
import Testing
import TestSupport
import SignpostCore
import SignpostStore
@testable import SignpostOpenReferral

private let exampleService = Fixtures.root.appendingPathComponent("Tests/Conformance/examples/service_full.json")

@Suite("Open Referral mapping")
struct ORUKMapperTests {
    @Test("the UK profile's example service maps: ids kept, organisation, schedules, areas",
          .enabled(if: FileManager.default.fileExists(atPath: exampleService.path), "needs ../shared beside the checkout"))
    func example() throws {
        let url = exampleService
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let record = try #require(ORUKServiceMapper(source: "example", taxonomy: try Fixtures.taxonomy()).record(from: json, version: .v3))
        #expect(record.externalID == "example:\(json["id"] as! String)")
        #expect(record.name == json["name"] as? String)
        #expect(record.organisation.name == "Example Organization Inc.")
        #expect(record.schedules.first?.days == ["thu", "fri"])
        #expect(record.locations.first?.point == nil)   // the example's 100, 101 is no place on Earth
    }

    @Test("both paging envelopes are read, with their last page")
    func envelopes() {
        let v3 = ORUKServiceMapper.page(["contents": [["id": "a"]], "page_number": 1, "total_pages": 2, "last_page": false])
        #expect(v3?.items.count == 1 && v3?.isLast == false && v3?.version == .v3)
        let v1 = ORUKServiceMapper.page(["content": [], "totalElements": 0, "last": false])
        #expect(v1?.isLast == true && v1?.version == .v1)
        #expect(ORUKServiceMapper.page(["services": []]) == nil)
    }

    @Test("a record without id or name is rejected, not half-stored")
    func rejected() throws {
        let mapper = ORUKServiceMapper(source: "s", taxonomy: nil)
        #expect(mapper.record(from: ["name": "No id"], version: .v3) == nil)
        #expect(mapper.record(from: ["id": "x"], version: .v1) == nil)
    }
}

private let mocks = Fixtures.root.appendingPathComponent("Tests/Conformance/validator-mocks")

@Suite("Open Referral validator mocks")
struct ORUKMockTests {
    func service(_ folder: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: mocks.appendingPathComponent("\(folder)/service_full.json"))) as? [String: Any])
    }

    @Test("the Default mock imports without a problem and is written back exactly as it came",
          .enabled(if: FileManager.default.fileExists(atPath: mocks.path), "needs ../shared beside the checkout"))
    func defaultRoundTrip() async throws {
        let json = try service("V3.0-UK-Default")
        #expect(ORUKServiceMapper.problems(in: json).isEmpty)
        let record = try #require(ORUKServiceMapper(source: "mock", taxonomy: try Fixtures.taxonomy()).record(from: json, version: .v3))
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        #expect(try await directory.upsert([record]).created == 1)
        let stored = try #require(try await directory.publishedServices(after: 0, limit: 10).first)
        #expect(stored.id == json["id"] as? String)
        #expect(NSDictionary(dictionary: ORUKServiceWriter(taxonomy: nil).json(for: stored)) == NSDictionary(dictionary: json))
    }

    @Test("the Warn mock's service imports cleanly and round-trips; its taxonomy term and term page are flagged with the validator's reasons",
          .enabled(if: FileManager.default.fileExists(atPath: mocks.path), "needs ../shared beside the checkout"))
    func warnFlagged() async throws {
        let json = try service("V3.0-UK-Warn")
        #expect(ORUKServiceMapper.problems(in: json).isEmpty)
        let record = try #require(ORUKServiceMapper(source: "warn", taxonomy: try Fixtures.taxonomy()).record(from: json, version: .v3))
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        #expect(try await directory.upsert([record]).created == 1)
        let stored = try #require(try await directory.publishedService(id: json["id"] as! String))
        #expect(NSDictionary(dictionary: ORUKServiceWriter(taxonomy: nil).json(for: stored)) == NSDictionary(dictionary: json))

        let term = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: mocks.appendingPathComponent("V3.0-UK-Warn/taxonomy_term.json"))) as? [String: Any])
        #expect(ORUKServiceMapper.termProblems(in: term) == ["description: missing", "term_uri: not an absolute http(s) address: example_com"])
        let page = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: mocks.appendingPathComponent("V3.0-UK-Warn/taxonomy_term_list.json"))) as? [String: Any])
        #expect(ORUKServiceMapper.pageProblems(in: page) == ["total_pages: 2 pages for 1 item", "last_page: true on page 1 of 2"])
        let defaultPage = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: mocks.appendingPathComponent("V3.0-UK-Default/taxonomy_term_list.json"))) as? [String: Any])
        #expect(ORUKServiceMapper.pageProblems(in: defaultPage).isEmpty)
    }

    @Test("the Fail mock is flagged with its reasons: a url that is not one, a bad email, no description",
          .enabled(if: FileManager.default.fileExists(atPath: mocks.path), "needs ../shared beside the checkout"))
    func failFlagged() throws {
        let json = try service("V3.0-UK-Fail")
        let problems = ORUKServiceMapper.problems(in: json)
        #expect(problems.contains { $0.hasPrefix("url: not an absolute http(s) address") })
        #expect(problems.contains { $0.hasPrefix("email: not an email address") })
        #expect(problems.contains("description: missing"))
        let record = try #require(ORUKServiceMapper(source: "mock", taxonomy: nil).record(from: json, version: .v3))
        #expect(record.url == nil && record.email == nil)
    }
}
