import Foundation
import Testing
@testable import SignpostCore

@Suite("Postcodes")
struct PostcodeTests {
    @Test("every UK shape is accepted in any case and spacing, and normalised", arguments: [
        ("M1 1AA", "M1 1AA"), ("m11aa", "M1 1AA"),                 // A9 9AA
        ("M60 1NW", "M60 1NW"), (" m60  1nw ", "M60 1NW"),         // A99 9AA
        ("CR2 6XH", "CR2 6XH"), ("cr26xh", "CR2 6XH"),             // AA9 9AA
        ("DN55 1PT", "DN55 1PT"), ("dn551pt", "DN55 1PT"),         // AA99 9AA
        ("W1A 1HQ", "W1A 1HQ"), ("w1a1hq", "W1A 1HQ"),             // A9A 9AA
        ("EC1A 1BB", "EC1A 1BB"), ("ec1a\t1bb", "EC1A 1BB"),       // AA9A 9AA
        ("GIR 0AA", "GIR 0AA"), ("gir0aa", "GIR 0AA"),
        ("DD1 4HN", "DD1 4HN"), ("DD101AA", "DD10 1AA"), ("E1W 1AA", "E1W 1AA"),
    ])
    func validShapes(raw: String, expected: String) throws {
        #expect(try Postcode(raw).normalised == expected)
    }

    @Test("junk is rejected with a reason", arguments: [
        ("KY1-1AA", PostcodeError.hyphenated),
        ("12345", .malformed("12345")),
        ("", .empty),
        ("   ", .empty),
        (String(repeating: "A", count: 200), .tooLong(200)),
        ("DD1 4H'", .invalidCharacter("'")),
        ("QD1 4HN", .malformed("QD1 4HN")),     // Q never first
        ("DD1 4CN", .malformed("DD1 4CN")),     // C never in the inward letters
        ("ASCN 1ZZ", .malformed("ASCN 1ZZ")),   // overseas territory
        ("NPT 1AA", .malformed("NPT 1AA")),     // legacy Newport
        ("DD1", .malformed("DD1")),
    ])
    func invalid(raw: String, error: PostcodeError) {
        #expect(throws: error) { try Postcode(raw) }
    }

    @Test("a postcode knows its district and sector")
    func parts() throws {
        let postcode = try Postcode("dd14hn")
        #expect(postcode.outcode == "DD1")
        #expect(postcode.sector == "DD1 4")
        #expect(postcode.compact == "DD14HN")
    }

    @Test("partial postcodes are districts or sectors", arguments: [
        ("DD1", PostcodeQuery.outcode("DD1")), ("dd1 4", .sector("DD1 4")), ("ec1a", .outcode("EC1A")),
        ("DD14", .outcode("DD14")), ("DD1 4HN", .unit(try! Postcode("DD1 4HN"))),
    ])
    func partial(raw: String, expected: PostcodeQuery) throws {
        #expect(try PostcodeQuery(raw) == expected)
    }

    @Test("error messages say what to do")
    func messages() {
        #expect(PostcodeError.hyphenated.description.contains("hyphens"))
        #expect(PostcodeError.malformed("12345").description.contains("DD1 4HN"))
    }
}

@Suite("Geography")
struct GeographyTests {
    @Test("haversine distance matches a known pair")
    func distance() {
        let dundee = GeoPoint(latitude: 56.4618, longitude: -2.9773)
        let kirkcaldy = GeoPoint(latitude: 56.1270, longitude: -3.1407)
        #expect(abs(dundee.distanceKilometres(to: kirkcaldy) - 38.6) < 0.5)
    }

    @Test("a bounding box contains everything within its radius")
    func box() {
        let centre = GeoPoint(latitude: 54.78, longitude: -1.56)
        let box = centre.boundingBox(kilometres: 10)
        for bearing in stride(from: 0.0, to: 360, by: 30) {
            let rad = bearing * .pi / 180
            let p = GeoPoint(latitude: centre.latitude + 9.9 / 111.2 * cos(rad),
                             longitude: centre.longitude + 9.9 / (111.32 * cos(centre.latitude * .pi / 180)) * sin(rad))
            #expect(box.contains(p))
        }
    }

    @Test("nations come from GSS codes")
    func nations() {
        #expect(Nation(gssCode: "S12000042") == .scotland)
        #expect(Nation(gssCode: "E06000047") == .england)
        #expect(Nation(gssCode: "W06000015") == .wales)
        #expect(Nation(gssCode: "X1") == nil)
    }
}
