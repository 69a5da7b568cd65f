import Foundation
import Testing
import TestSupport
import SignpostCore
@testable import SignpostStore

@Suite("Postcode gazetteer")
struct GazetteerTests {
    func write(_ text: String, name: String) throws -> String {
        let url = try Fixtures.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("the sample's odd rows import: collapsed spacing, 4-character districts without a space, blank latitudes")
    func sampleShape() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let path = try write("""
            Postcode,lat,long
            DD1 4ZZ,56.45000,-2.97000
            DD109ZZ,56.70000,-2.60000
            E1W 9ZZ,51.50700,-0.06000
            DD1 4ZY,,0.00000
            KY1-1ZZ,56.1,-3.1
            """, name: "XX.csv")
        let summary = try await GazetteerImporter(directory: directory).importFile(path)
        #expect(summary.kind == "unit postcodes")
        #expect(summary.imported == 4)
        #expect(summary.skipped == 1)
        let ten = try await directory.resolve(.unit(try Postcode("DD10 9ZZ")))
        #expect(ten.precision == .unit)
        #expect(ten.point == GeoPoint(latitude: 56.7, longitude: -2.6))
        // No position: kept, but the lookup falls back to the sector.
        let blank = try await directory.resolve(.unit(try Postcode("DD1 4ZY")))
        #expect(blank.precision == .sector)
        #expect(try await directory.resolve(.unit(try Postcode("E1W 9ZZ"))).precision == .unit)
    }

    @Test("ONSPD and NSPL import by column name, whatever the vintage and column order", arguments: [
        // NSPL 2025 names, columns shuffled, a terminated postcode.
        """
        lat,pcd7,long,lad25cd,doterm,ctry25cd,pcds
        56.46000,ZE1 0AA,-1.10000,S12000027,,S92000003,ZE1 0AA
        56.46100,ZE1 0AB,-1.10100,S12000027,199606,S92000003,ZE1 0AB
        99.999999,ZE1 0AD,0.000000,,,S92000003,ZE1 0AD
        """,
        // Legacy ONSPD names (oslaua, no pcds).
        """
        pcd,pcd2,dointr,doterm,oscty,oslaua,osward,lat,long
        "ZE1 0AA","ZE1  0AA",198001,,"S99999999","S12000027","S13002",56.46000,-1.10000
        "ZE1 0AB","ZE1  0AB",198001,199606,"S99999999","S12000027","S13002",56.46100,-1.10100
        "ZE1 0AD","ZE1  0AD",198001,,"S99999999","","",99.999999,0.000000
        """,
    ])
    func officialFiles(csv: String) async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let summary = try await GazetteerImporter(directory: directory).importFile(try write(csv, name: "onspd.csv"))
        #expect(summary.kind == "unit postcodes")
        #expect(summary.imported == 3)
        let place = try await directory.resolve(.unit(try Postcode("ZE1 0AA")))
        #expect(place.precision == .unit)
        #expect(place.localAuthority?.code == "S12000027")
        #expect(place.nation == .scotland)
        // The no-grid row is kept without a position; the sector is recomputed from live units only.
        let sector = try await directory.resolve(.unit(try Postcode("ZE1 0AD")))
        #expect(sector.precision == .sector)
        #expect(sector.point == GeoPoint(latitude: 56.46, longitude: -1.1))
    }

    @Test("an unrecognised header is a clear error, not a silent import")
    func unknownHeader() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        await #expect(throws: StoreError.self) {
            try await GazetteerImporter(directory: directory).importFile(try write("a,b,c\n1,2,3\n", name: "junk.csv"))
        }
    }

    @Test("lookups fall back unit → sector → district, and say which answered")
    func fallback() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        #expect(try await directory.resolve(.unit(try Postcode("DD1 4HN"))).precision == .unit)
        #expect(try await directory.resolve(.unit(try Postcode("DD1 4ZZ"))).precision == .sector)
        #expect(try await directory.resolve(.unit(try Postcode("DD1 7ZZ"))).precision == .outcode)
        // Any GB district resolves offline from the shipped centroids.
        let inverness = try await directory.resolve(.outcode("IV2"))
        #expect(inverness.nation == .scotland)
        #expect(inverness.localAuthority?.name == "Highland")
        await #expect(throws: SearchQueryError.postcodeNotFound("BX1 1LT")) { try await directory.resolve(.unit(try Postcode("BX1 1LT"))) }
    }

    @Test("every resolved place carries its council; a district can straddle councils", arguments: [
        ("DD1 4HN", "S12000042", "Dundee City"), ("DD6 8AB", "S12000047", "Fife"), ("DD6", "S12000047", "Fife"),
        ("KY1 1AA", "S12000047", "Fife"), ("DH1 3LE", "E06000047", "County Durham"), ("DL1", "E06000005", "Darlington"),
        ("E14", "E09000030", "Tower Hamlets"), ("DH4 5", "E08000024", "Sunderland"),
    ])
    func councils(raw: String, code: String, name: String) async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let place = try await directory.resolve(try PostcodeQuery(raw))
        #expect(place.localAuthority == LocalAuthority(code: code, name: name))
    }
}

@Suite("Taxonomy in SQLite")
struct TaxonomyStoreTests {
    @Test("the 22 needs load with exactly the agreed slugs")
    func slugs() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        #expect(try directory.taxonomy().needSlugs == [
            "money", "energy", "food", "eating", "fatigue", "sleep", "mobility", "transport", "daily-living", "housing", "carers",
            "family", "work", "emotional", "loneliness", "spiritual", "body-image", "symptoms", "urgent", "information",
            "lifestyle", "planning-ahead",
        ])
    }

    @Test("the taxonomy read back from SQLite equals the file")
    func roundTrip() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let stored = try directory.taxonomy(), file = try Fixtures.taxonomy()
        for (a, b) in zip(stored.needs, file.needs) {
            #expect(a.synonyms == b.synonyms, "\(a.slug)")
            #expect(a.weakSynonyms == b.weakSynonyms, "\(a.slug)")
            #expect(a.crosswalk == b.crosswalk, "\(a.slug)")
            #expect(a.serviceKinds == b.serviceKinds, "\(a.slug)")
            #expect(a.related == b.related, "\(a.slug)")
        }
        #expect(stored.serviceKinds == file.serviceKinds)
        #expect(stored.nationVariants == file.nationVariants)
        #expect(stored.hnaChecklist == file.hnaChecklist)
        #expect(stored.stopwords == file.stopwords)
        #expect(stored.abbreviations == file.abbreviations)
        #expect(stored.misspellings == file.misspellings)
        #expect(stored == file)
    }

    @Test("the file carries nation variants, the 48 HNA items and the crosswalk")
    func contents() throws {
        let taxonomy = try Fixtures.taxonomy()
        #expect(taxonomy.hnaChecklist.items.count == 48)
        #expect(taxonomy.hnaChecklist.items.allSatisfy { !$0.needs.isEmpty })
        let variants = taxonomy.nationVariants.map { Set($0.allNames) }
        #expect(variants.contains { $0.isSuperset(of: ["PIP", "ADP"]) })
        #expect(variants.contains { $0.isSuperset(of: ["AA", "PADP"]) })
        #expect(variants.contains { $0.contains("Scottish Welfare Fund") && $0.contains("local welfare provision") })
        #expect(taxonomy.need("money")?.crosswalk.aliss.contains("money-advice") == true)
        #expect(taxonomy.need("money")?.crosswalk.esdNeed.contains("9") == true)
    }

    @Test("adding a synonym to the file re-tags services without a code change")
    func newSynonym() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        _ = try await directory.upsert([ServiceRecord(
            externalID: "quern", organisation: .init(externalID: "o", name: "O"), name: "Quernstone sessions",
            description: "Drop in to a quernstone session on Tuesdays.",
            locations: [LocationRecord(point: GeoPoint(latitude: 56.46, longitude: -2.97))])])
        let request = try SearchRequest(place: .postcode(try PostcodeQuery("DD1 4HN")), needs: ["money"])
        #expect(try await directory.search(request).total == 0)
        var taxonomy = try directory.taxonomy()
        taxonomy.needs[0].synonyms.append("quernstone session")
        taxonomy.version += "-test"
        try await directory.loadTaxonomy(taxonomy)
        let after = try await directory.search(request)
        #expect(after.results.map(\.service.externalID) == ["quern"])
        #expect(after.results.first?.why.needs.first?.via == "described in its own words")
    }

    @Test("a second process can read and write while another has the file open (WAL)")
    func twoConnections() async throws {
        let server = try await SeededDatabases.shared.make(.full)
        let cli = try Directory(path: server.path)
        async let reading = server.search(try SearchRequest(place: .postcode(try PostcodeQuery("E1 6AN")), needs: ["food"]))
        let written = try await cli.upsert([ServiceRecord(externalID: "wal-test", organisation: .init(externalID: "o", name: "O"),
                                                          name: "Pantry", description: "Groceries.", kinds: ["community-pantry"],
                                                          locations: [LocationRecord(postcode: "E1 6AN")])])
        #expect(written.created == 1)
        #expect(try await reading.total > 0)
        let seen = try await server.search(try SearchRequest(place: .postcode(try PostcodeQuery("E1 6AN")), text: "pantry"))
        #expect(seen.results.contains { $0.service.externalID == "wal-test" && $0.distanceKilometres ?? 9 < 0.01 })
    }
}
