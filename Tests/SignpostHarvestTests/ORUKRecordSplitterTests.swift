import Foundation
import Testing
@testable import SignpostOpenReferral

/// The streaming splitter: records found whatever the shape and wherever the chunks break.
@Suite("Open Referral record splitter")
struct ORUKRecordSplitterTests {
    /// Splits `text` fed `chunk` bytes at a time; the records as strings (nil for non-objects).
    func split(_ text: String, chunk: Int = 1) throws -> [String?] {
        var splitter = ORUKRecordSplitter()
        let bytes = Array(text.utf8)
        var records: [String?] = []
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            let fed = splitter.feed(bytes[start..<min(start + chunk, bytes.count)])
            records += fed.records.map { $0.bytes.map { String(decoding: $0, as: UTF8.self) } }
        }
        try splitter.finish()
        return records
    }

    @Test("arrays, pages of either version, one service and one service a line all split into their services",
          arguments: [1, 3, 1 << 20])
    func shapes(chunk: Int) throws {
        let a = #"{"id":"a","name":"A \"quoted\" [x]"}"#, b = #"{"id":"b","nested":{"contents":[{"id":"no"}]}}"#
        #expect(try split("[\(a), \(b)]", chunk: chunk) == [a, b])
        #expect(try split(#"{"total_items":2,"contents":[\#(a),\#(b)],"last_page":true}"#, chunk: chunk) == [a, b])
        #expect(try split(#"{"totalElements":1,"content":[\#(a)]}"#, chunk: chunk) == [a])
        #expect(try split(a, chunk: chunk) == [a])
        #expect(try split("\(a)\n\(b)\n", chunk: chunk) == [a, b])
        #expect(try split("[]", chunk: chunk) == [])
    }

    @Test("an ORUK 1.0 page marks its records as 1.0")
    func legacy() throws {
        var splitter = ORUKRecordSplitter()
        let records = splitter.feed(Array(#"{"content":[{"id":"x"}]}"#.utf8)).records
        #expect(records.map(\.fromLegacyPage) == [true])
        #expect(records.first?.offset == 12)
    }

    @Test("items that are not objects are handed over as such, to be rejected one by one")
    func nonObjects() throws {
        #expect(try split(#"[1, "two", [3], {"id":"x"}, null]"#) == [nil, nil, nil, #"{"id":"x"}"#, nil])
    }

    @Test("a break in the structure is reported at its byte offset",
          arguments: [("{\"id\": ", "not valid JSON: the file ends inside an object at byte 7"),
                      ("[{\"id\": 1}", "not valid JSON: the file ends inside an array at byte 10"),
                      ("[{\"id\": \"x]", "not valid JSON: the file ends inside a string at byte 11"),
                      ("not json", "not valid JSON at byte 0: unexpected 'n'"),
                      ("[{\"id\": 1]}", "not valid JSON at byte 9: unexpected ']'")])
    func malformed(text: String, message: String) {
        do {
            _ = try split(text)
            Issue.record("no error for \(text)")
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test("a record bigger than the limit is refused rather than held")
    func tooLarge() {
        var splitter = ORUKRecordSplitter(maxRecordBytes: 1_048_576)
        let big = Array(("[{\"id\":\"" + String(repeating: "x", count: 2_000_000)).utf8)
        #expect(splitter.feed(big).failure == .tooLarge(record: 1, offset: 1, limit: 1_048_576))
    }

    @Test("records before a break in the same chunk are still handed over")
    func beforeBreak() {
        var splitter = ORUKRecordSplitter()
        let fed = splitter.feed(Array(#"[{"id":"a"},{"id":"b"}}"#.utf8))
        #expect(fed.records.count == 2 && fed.failure == .unexpected(byte: UInt8(ascii: "}"), offset: 22))
        #expect(splitter.feed(Array("{}".utf8)).records.isEmpty)
    }
}
