import ArgumentParser
import Foundation
import SignpostCore
import SignpostHarvest
import SignpostStore

/// `signpost-bench oruk`: import and export throughput of Open Referral files, and the memory
/// each takes, at a stated number of services.
///
/// Generates N synthetic HSDS 3.0 services (each with organisation, venue and address, schedule,
/// contact, cost option and a need term) to a file, imports it the way `signpost import oruk`
/// does (streamed), then exports it the way `signpost export oruk` does. Peak memory is the RSS
/// high-water mark (VmHWM), reset before each phase, so each phase's peak is its own.
struct ORUKBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oruk",
        abstract: "Time Open Referral import and export (records/s) and their peak memory.",
        discussion: "signpost-bench oruk --services 100000")

    @Option(help: "Synthetic services to generate.") var services = 100_000
    @Option(help: "File shape: ndjson, array or page.") var shape = "ndjson"
    @Option(help: "Folder for the database and files (default: a new temporary folder).") var folder: String?
    @Option(help: "Seed folder (taxonomy and postcodes).") var seedDir: String?
    @Option(help: "Random seed.") var seed: UInt64 = 42

    func run() async throws {
        guard ["ndjson", "array", "page"].contains(shape) else { throw BenchError("--shape must be ndjson, array or page") }
        guard let seedURL = Seeder.locateSeed(explicit: seedDir) else { throw BenchError("no Seed/ folder; pass --seed-dir") }
        let work = URL(fileURLWithPath: folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("signpost-oruk-bench-\(UUID().uuidString)").path)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let input = work.appendingPathComponent("services.\(shape == "ndjson" ? "ndjson" : "json")")
        let output = work.appendingPathComponent("export.json")
        let dbPath = work.appendingPathComponent("signpost.sqlite").path
        let clock = ContinuousClock()
        print("Signpost ORUK benchmark — \(services) services, \(ProcessInfo.processInfo.activeProcessorCount) cores, in \(work.path)")

        var started = clock.now
        try SyntheticORUKFile(services: services, shape: shape, seed: seed).write(to: input)
        print(String(format: "Generated  %@ in %.1f s: %.1f MB (%.2f KB a service)", input.lastPathComponent, seconds(clock.now - started),
                     fileMegabytes(input.path), fileMegabytes(input.path) * 1024 / Double(max(services, 1))))

        let directory = try Directory(path: dbPath)
        _ = try await Seeder(directory: directory, seedDirectory: seedURL).seedAll(includeDirectory: false)

        Memory.resetPeak()
        started = clock.now
        // RSS also counts the pages of the memory-mapped database; the heap (RssAnon), sampled after
        // every batch, is what would grow if records were held.
        var heap = Memory.anonymousMegabytes()
        let outcome = try await ORUKFileImporter(url: input, source: "bench", directory: directory).run { _ in heap = max(heap, Memory.anonymousMegabytes()) }
        let importTime = seconds(clock.now - started)
        print(String(format: "Import     %d records in %.1f s: %.0f records/s, %.1f MB/s; peak RSS %.0f MB, peak heap %.0f MB",
                     outcome.summary.created, importTime, Double(outcome.summary.created) / importTime,
                     fileMegabytes(input.path) / importTime, Memory.peakMegabytes(), heap))
        print("           \(outcome.summary), \(outcome.warningCount) warnings")
        try await directory.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        print(String(format: "Database   %.1f MB", fileMegabytes(dbPath)))

        Memory.resetPeak()
        started = clock.now
        guard FileManager.default.createFile(atPath: output.path, contents: nil), let handle = FileHandle(forWritingAtPath: output.path) else {
            throw BenchError("cannot write \(output.path)")
        }
        heap = Memory.anonymousMegabytes()
        let exported = try await ORUKExporter(directory: directory, ndjson: false).write(to: handle) { _ in heap = max(heap, Memory.anonymousMegabytes()) }
        try handle.close()
        let exportTime = seconds(clock.now - started)
        print(String(format: "Export     %d records in %.1f s: %.0f records/s, %.1f MB/s; peak RSS %.0f MB, peak heap %.0f MB; %.1f MB written",
                     exported, exportTime, Double(exported) / exportTime, fileMegabytes(output.path) / exportTime,
                     Memory.peakMegabytes(), heap, fileMegabytes(output.path)))
    }
}

/// N services in HSDS 3.0 shape, written a record at a time (the generator holds none of them).
struct SyntheticORUKFile {
    let services: Int
    let shape: String
    let seed: UInt64

    static let terms = [("money", "Benefits advice"), ("food", "Food bank"), ("housing", "Housing advice"), ("energy", "Help with fuel bills")]
    static let places = [("DH1 3LE", 54.776, -1.575), ("DD1 4HN", 56.462, -2.970), ("CF10 1EP", 51.481, -3.179), ("BT1 5GS", 54.597, -5.930)]

    func write(to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
            throw BenchError("cannot write \(url.path)")
        }
        defer { try? handle.close() }
        var generator = SplitMix64(seed: seed)
        var buffer = Data()
        switch shape {
        case "array": buffer.append(contentsOf: "[\n".utf8)
        case "page": buffer.append(contentsOf: #"{"total_items": \#(services), "total_pages": 1, "page_number": 1, "contents": ["#.utf8)
        default: break
        }
        for number in 0..<services {
            if shape != "ndjson" && number > 0 { buffer.append(contentsOf: ",\n".utf8) }
            buffer.append(try JSONSerialization.data(withJSONObject: Self.service(number, &generator), options: [.sortedKeys]))
            if shape == "ndjson" { buffer.append(0x0a) }
            if buffer.count > 1 << 20 { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        switch shape {
        case "array": buffer.append(contentsOf: "\n]\n".utf8)
        case "page": buffer.append(contentsOf: "], \"last_page\": true}\n".utf8)
        default: break
        }
        handle.write(buffer)
    }

    static func uuid(_ kind: String, _ number: Int) -> String { StableUUID.make("bench:\(kind):\(number)") }

    static func service(_ number: Int, _ generator: inout SplitMix64) -> [String: Any] {
        let term = Int(generator.next() % UInt64(terms.count))
        let (slug, label) = terms[term]
        let (postcode, lat, lon) = places[Int(generator.next() % UInt64(places.count))]
        let jitter = { (g: inout SplitMix64) in Double(g.next() % 2000) / 10_000 - 0.1 }
        let id = uuid("service", number), org = number / 3
        return [
            "id": id, "name": "\(label) \(number)", "status": "active", "organization_id": uuid("org", org),
            "description": "Free, confidential \(label.lowercased()) for people in the area. We can help with forms, letters and calls, and go with you to appointments if that helps. Number \(number).",
            "url": "https://service\(number).example.org/", "email": "help\(number)@example.org", "fees": "Free",
            "assured_date": "2026-0\(1 + number % 9)-1\(number % 10)", "last_modified": "2026-01-01T00:00:00.000Z",
            "organization": ["id": uuid("org", org), "name": "Organisation \(org)", "description": "A local charity, number \(org)."],
            "service_at_locations": [["id": uuid("sal", number), "location": [
                "id": uuid("location", number), "location_type": "physical", "name": "Centre \(number)",
                "latitude": lat + jitter(&generator), "longitude": lon + jitter(&generator),
                "addresses": [["id": uuid("address", number), "address_1": "\(number % 200 + 1) High Street", "city": "Town",
                               "state_province": "County", "postal_code": postcode, "country": "GB", "address_type": "physical"]],
            ] as [String: Any]] as [String: Any]],
            "schedules": [["id": uuid("schedule", number), "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"]],
            "contacts": [["id": uuid("contact", number), "name": "Reception", "phones": [["id": uuid("phone", number), "number": "0191 000 \(String(format: "%04d", number % 10_000))"]]]],
            "cost_options": [["id": uuid("cost", number), "amount": 0, "amount_description": "Free"]],
            "attributes": [["id": uuid("attribute", number), "link_type": "need", "taxonomy_term": [
                "id": uuid("term", term), "name": slug, "description": label, "taxonomy_id": "bench-needs"]]],
        ]
    }
}
