import Foundation
import GRDB
import SignpostCore
import Synchronization

/// The directory: one SQLite file (WAL) behind a `DatabasePool`, with everything that reads or
/// writes it. Every database access in Signpost goes through here.
///
///     let directory = try Directory(path: "signpost.sqlite")
///     let answer = try await directory.search(request)
public final class Directory: Sendable {
    public let pool: DatabasePool
    public let path: String
    let clock: @Sendable () -> Date
    private let cachedContext = Mutex<SearchContext?>(nil)

    public init(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.path = path
        self.clock = clock
        pool = try DatabaseOpener.open(path: path)
    }

    /// The taxonomy and the readers built from it, rebuilt after the taxonomy or councils change.
    func context() throws -> SearchContext {
        if let context = cachedContext.withLock({ $0 }) { return context }
        let context = try pool.read { db in try SearchContext.load(db) }
        cachedContext.withLock { $0 = context }
        return context
    }

    func invalidateContext() { cachedContext.withLock { $0 = nil } }

    /// The taxonomy as loaded into this database.
    public func taxonomy() throws -> Taxonomy { try context().taxonomy }

    public var isEmpty: Bool {
        get throws { try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM services") ?? 0 } == 0 }
    }

    func now() -> String { Self.timestamp(clock()) }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }
}

/// Everything derived from the taxonomy and council list that search and writes need.
struct SearchContext: Sendable {
    let taxonomy: Taxonomy
    let index: SynonymIndex
    let interpreter: QueryInterpreter
    let classifier: NeedClassifier
    let coverageParser: CoverageParser
    let councils: [String: LocalAuthority]
    let helplineKinds: Set<String>
    let urgentKinds: Set<String>
    /// District centroids, to place a lat/lon search in a council and nation without a query.
    let districts: [(outcode: String, point: GeoPoint, lad: String?)]

    static func load(_ db: Database) throws -> SearchContext {
        let taxonomy = try TaxonomyTables.read(db)
        let index = SynonymIndex(taxonomy: taxonomy)
        var councils: [String: LocalAuthority] = [:]
        var parserCouncils: [CoverageParser.Council] = []
        for row in try Row.fetchAll(db, sql: "SELECT code, name, aliases FROM lads") {
            let code: String = row["code"], name: String = row["name"], aliases: String = row["aliases"]
            councils[code] = LocalAuthority(code: code, name: name)
            parserCouncils.append(.init(code: code, name: name, aliases: aliases.split(separator: "|").map(String.init)))
        }
        let districts = try Row.fetchAll(db, sql: "SELECT outcode, latitude, longitude, lad_code FROM outcodes").map {
            (outcode: $0["outcode"] as String, point: GeoPoint(latitude: $0["latitude"], longitude: $0["longitude"]), lad: $0["lad_code"] as String?)
        }
        let outcodes = Set(districts.map(\.outcode))
        let parser = CoverageParser(councils: parserCouncils, isKnownOutcode: { outcodes.isEmpty ? Outcode.isValid($0) : outcodes.contains($0) })
        let urgent = Set(taxonomy.need("urgent")?.serviceKinds.map(\.kind) ?? [])
        return SearchContext(taxonomy: taxonomy, index: index, interpreter: QueryInterpreter(index: index),
                             classifier: NeedClassifier(index: index), coverageParser: parser, councils: councils,
                             helplineKinds: Set(taxonomy.serviceKinds.filter(\.helpline).map(\.slug)), urgentKinds: urgent,
                             districts: districts)
    }
}
