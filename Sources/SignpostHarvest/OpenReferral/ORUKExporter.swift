import Foundation
import SignpostOpenReferral
import SignpostStore

/// Writes every active service as Open Referral UK (HSDS 3.0) JSON — a JSON array, or one
/// service a line — 500 services at a time by keyset paging, so a million services export in
/// the memory of one page.
public struct ORUKExporter: Sendable {
    let directory: Directory
    let ndjson: Bool

    public init(directory: Directory, ndjson: Bool) {
        self.directory = directory
        self.ndjson = ndjson
    }

    /// Writes to `handle`; returns how many services were written. `progress` hears the running count.
    public func write(to handle: FileHandle, progress: (Int) -> Void = { _ in }) async throws -> Int {
        let writer = ORUKServiceWriter(taxonomy: try? directory.taxonomy())
        var after: Int64 = 0
        var count = 0
        if !ndjson { handle.write(Data("[\n".utf8)) }
        while true {
            let page = try await directory.publishedServices(after: after, limit: 500)
            guard let last = page.last else { break }
            var chunk = Data()
            for item in page {
                if !ndjson && count > 0 { chunk.append(contentsOf: ",\n".utf8) }
                chunk.append(try JSONSerialization.data(withJSONObject: writer.json(for: item), options: [.sortedKeys, .withoutEscapingSlashes]))
                if ndjson { chunk.append(0x0a) }
                count += 1
            }
            handle.write(chunk)
            after = last.view.id
            progress(count)
        }
        if !ndjson { handle.write(Data("\n]\n".utf8)) }
        return count
    }
}
