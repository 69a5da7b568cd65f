import Foundation
import SignpostCore
import SignpostOpenReferral
import SignpostStore

/// Imports an Open Referral file of any size: read a megabyte at a time, split into records as the
/// bytes arrive, stored 2,000 records to a transaction. Memory stays bounded by one chunk, one
/// batch and the largest single record, so a 2 GB file imports like a 2 MB one.
///
/// A record that is not a service is rejected on its own with its reason. A break in the JSON
/// structure stops the import with the byte offset; batches already stored stay stored.
public struct ORUKFileImporter: Sendable {
    let url: URL
    let source: String
    let directory: Directory
    var chunkSize = 1 << 20
    var batchSize = 2000

    public init(url: URL, source: String, directory: Directory) {
        self.url = url
        self.source = source
        self.directory = directory
    }

    /// A file that cannot be imported, or stopped part-way; says what was kept.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// How far the import has got, after each stored batch.
    public struct Progress: Sendable {
        public let records: Int, bytesRead: Int, bytes: Int
    }

    public struct Outcome: Sendable {
        public var summary = Directory.UpsertSummary()
        /// The first 50 warnings, and how many there were: a huge file must not fill memory with them.
        public var warnings: [String] = []
        public var warningCount = 0

        mutating func warn(_ lines: [String]) {
            warningCount += lines.count
            warnings += lines.prefix(max(0, 50 - warnings.count))
        }
    }

    public func run(progress: (Progress) -> Void = { _ in }) async throws -> Outcome {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw Failure(description: "\(url.path): cannot be read") }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let mapper = ORUKServiceMapper(source: source, taxonomy: try? directory.taxonomy())
        var splitter = ORUKRecordSplitter()
        var outcome = Outcome()
        var batch: [ServiceRecord] = []
        var seen = 0, withIDs = 0, read = 0
        func stop(_ why: String) -> Failure {
            let stored = outcome.summary.created + outcome.summary.updated + outcome.summary.unchanged
            return Failure(description: "\(url.path): \(why); " + (stored == 0 ? "nothing was imported" : "the \(stored) records before it were stored (\(outcome.summary))"))
        }
        while true {
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            let (records, failure) = chunk.isEmpty ? ([], nil) : splitter.feed(chunk)
            read += chunk.count
            for record in records {
                seen += 1
                let item: [String: Any]
                switch Self.object(record) {
                case .success(let object): item = object
                case .failure(let why):
                    outcome.summary.rejected.append("record \(record.number) (byte \(record.offset)): \(why.description)")
                    continue
                }
                if item["id"] != nil { withIDs += 1 }
                let version: ORUKServiceMapper.Version = record.fromLegacyPage ? .v1 : ORUKServiceMapper.version(of: item)
                guard let service = mapper.record(from: item, version: version, url: url.path) else {
                    let id = ORUKServiceMapper.string(item["id"]) ?? "record \(record.number) (byte \(record.offset))"
                    outcome.summary.rejected.append("\(id): \(item["id"] == nil ? "id" : "name") is missing")
                    continue
                }
                outcome.warn(ORUKServiceMapper.problems(in: item).map { "\(service.sourceID ?? "?"): \($0)" })
                batch.append(service)
                if batch.count >= batchSize {
                    try await store(&batch, into: &outcome)
                    progress(Progress(records: seen, bytesRead: read, bytes: size))
                }
            }
            do {
                if let failure { throw failure }
                if chunk.isEmpty { try splitter.finish() }
            } catch {
                // The records before the break are good: keep them, then say where it broke.
                try await store(&batch, into: &outcome)
                throw stop(String(describing: error))
            }
            if chunk.isEmpty { break }
        }
        try await store(&batch, into: &outcome)
        if seen > 0 && withIDs == 0 && outcome.summary.created + outcome.summary.updated + outcome.summary.unchanged == 0 {
            throw stop("no services found: expected a service, an array of services, a /services page or one service a line")
        }
        return outcome
    }

    func store(_ batch: inout [ServiceRecord], into outcome: inout Outcome) async throws {
        guard !batch.isEmpty else { return }
        outcome.summary.add(try await directory.upsert(batch))
        batch.removeAll(keepingCapacity: true)
    }

    static func object(_ record: ORUKRecordSplitter.Record) -> Result<[String: Any], Failure> {
        guard let bytes = record.bytes else { return .failure(Failure(description: "not a JSON object")) }
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return .failure(Failure(description: "not a JSON object")) }
            return .success(object)
        } catch {
            return .failure(Failure(description: "not valid JSON: \((error as NSError).localizedDescription)"))
        }
    }
}
