import Testing
@testable import SignpostCore

@Suite("Service areas")
struct CoverageParserTests {
    let parser = CoverageParser(councils: [
        .init(code: "S12000042", name: "Dundee City", aliases: ["Dundee", "Dundee City Council"]),
        .init(code: "S12000047", name: "Fife", aliases: ["Fife Council"]),
        .init(code: "E06000047", name: "County Durham", aliases: ["Durham", "Durham County Council"]),
        .init(code: "E06000005", name: "Darlington", aliases: ["Darlington Borough Council"]),
        .init(code: "E09000030", name: "Tower Hamlets", aliases: ["Tower Hamlets Council"]),
    ], isKnownOutcode: { ["DD1", "DD2", "DD3", "DD4", "KY1", "KY2"].contains($0) })

    @Test("the ways feeds describe coverage all parse", arguments: [
        ("S12000042", [CoverageArea.localAuthority("S12000042")]),
        ("http://statistics.data.gov.uk/id/statistical-geography/E06000047", [.localAuthority("E06000047")]),
        ("Dundee City", [.localAuthority("S12000042")]),
        ("people living in Dundee", [.localAuthority("S12000042")]),
        ("across the Fife Council area", [.localAuthority("S12000047")]),
        ("Tower Hamlets residents", [.localAuthority("E09000030")]),
        ("DD1, DD2, DD3 and DD4", [.outcode("DD1"), .outcode("DD2"), .outcode("DD3"), .outcode("DD4")]),
        ("KY1 1, KY1 2 and KY2 5", [.sector("KY1 1"), .sector("KY1 2"), .sector("KY2 5")]),
        ("within 10 miles of our centre", [.radius(kilometres: 16.09344)]),
        ("up to 15 km from the hospital", [.radius(kilometres: 15)]),
        ("UK-wide", [.unitedKingdom]),
        ("across the UK", [.unitedKingdom]),
        ("Scotland", [.nation(.scotland)]),
        ("England and Wales", [.nation(.england), .nation(.wales)]),
        ("Great Britain", [.nation(.england), .nation(.scotland), .nation(.wales)]),
        ("", []),
    ])
    func parses(text: String, expected: [CoverageArea]) {
        #expect(parser.parse(text) == expected)
    }

    @Test("a council named in a radius is the centre, not the area, when there is a venue")
    func radiusCentre() {
        #expect(parser.parse("up to 15 km from Darlington") == [.radius(kilometres: 15)])
        #expect(parser.parse("up to 15 km from Darlington", hasLocations: false) == [.localAuthority("E06000005")])
    }

    @Test("a council beats a nation named alongside it")
    func councilBeatsNation() {
        #expect(parser.parse("people in Dundee, Scotland") == [.localAuthority("S12000042")])
    }

    @Test("lower-case words are never read as postcode districts")
    func noFalseDistricts() {
        #expect(parser.parse("we cover dd1 and the A1") == [])
    }
}
