import Foundation
import SignpostCore

/// A reproducible synthetic directory spread over Great Britain, weighted by where people live
/// (district centroids weighted by their number of postcodes), with descriptions drawn from the
/// taxonomy's own words plus everyday filler so text queries hit realistic posting-list sizes.
struct SyntheticDirectory {
    struct District { var outcode: String; var point: GeoPoint; var weight: Int }

    let districts: [District]
    let cumulative: [Int]
    let taxonomy: Taxonomy
    var random: SplitMix64

    static let filler = """
        we offer free friendly support advice help people families local community volunteers weekly monthly
        drop in appointment phone call visit home centre group session sessions meet team trained staff
        confidential service services open everyone welcome adults older younger carers living with cancer
        condition long term illness information practical emotional social activities tea coffee chat garden
        walk library church hall town village city north south east west park street road house flat
        morning afternoon evening weekend monday tuesday wednesday thursday friday saturday small large
        learn share together time space safe quiet warm kind calm listen talk talking connect connected
        book booking referral self refer gp nurse hospital clinic surgery health wellbeing wellness
        benefit benefits money food energy heating housing transport travel bus car lift driver drivers
        music art craft crafts knit knitting sewing cooking lunch breakfast dinner meal meals soup shop
        shopping garden gardening allotment dog dogs cat pets computer internet online digital skills
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    init(outcodeFile: URL, taxonomy: Taxonomy, seed: UInt64) throws {
        var districts: [District] = []
        let text = try String(contentsOf: outcodeFile, encoding: .utf8)
        for line in text.components(separatedBy: .newlines).dropFirst() {
            let f = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 4, let lat = Double(f[1]), let lon = Double(f[2]), let units = Int(f[3]), units > 50 else { continue }
            districts.append(District(outcode: String(f[0]), point: GeoPoint(latitude: lat, longitude: lon), weight: units))
        }
        self.districts = districts
        var running = 0
        cumulative = districts.map { running += $0.weight; return running }
        self.taxonomy = taxonomy
        random = SplitMix64(seed: seed)
    }

    mutating func district() -> District {
        let target = Int(random.next() % UInt64(cumulative.last!))
        var lo = 0, hi = cumulative.count - 1
        while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] > target { hi = mid } else { lo = mid + 1 } }
        return districts[lo]
    }

    /// A point near a populated district (within about 3 km of its centre).
    mutating func point() -> (GeoPoint, District) {
        let d = district()
        return (GeoPoint(latitude: d.point.latitude + random.uniform(-0.027, 0.027),
                         longitude: d.point.longitude + random.uniform(-0.045, 0.045)), d)
    }

    /// Zipf-like pick: early words are much more common.
    mutating func fillerWord() -> String {
        let u = random.uniform(0, 1)
        return Self.filler[min(Self.filler.count - 1, Int(pow(u, 2.2) * Double(Self.filler.count)))]
    }

    mutating func service(_ i: Int, lads: [String: String]) -> ServiceRecord {
        let kind = taxonomy.serviceKinds[Int(random.next() % UInt64(taxonomy.serviceKinds.count))]
        let (point, district) = point()
        var words: [String] = []
        for _ in 0..<(12 + Int(random.next() % 28)) { words.append(fillerWord()) }
        let phrase = kind.synonyms.isEmpty ? kind.name : kind.synonyms[Int(random.next() % UInt64(kind.synonyms.count))]
        words.insert(phrase, at: Int(random.next() % UInt64(words.count)))
        let description = words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
        let roll = random.next() % 1000
        var area: String? = nil
        var locations = [LocationRecord(name: "Venue \(i)", point: point)]
        if roll < 50, let lad = lads[district.outcode] { area = lad; if roll < 25 { locations = [] } }   // 5% council-wide
        else if roll < 55 { area = "UK-wide"; locations = [] }                                             // 0.5% national
        let withKinds = roll % 10 != 0   // one in ten classified from its words
        let day = 1 + Int(random.next() % 700)
        return ServiceRecord(
            externalID: "bench-\(i)", organisation: OrganisationRecord(externalID: "bench-org-\(i / 4)", name: "\(fillerWord().capitalized) \(district.outcode) Trust"),
            name: "\(district.outcode) \(kind.name)", description: description, kinds: withKinds ? [kind.slug] : [],
            phone: "01632 960\(String(format: "%03d", i % 1000))", serviceArea: area, locations: locations,
            lastVerifiedAt: Self.date(daysAgo: day))
    }

    static func date(daysAgo: Int) -> String {
        let date = Date(timeIntervalSince1970: 1_795_000_000 - Double(daysAgo) * 86_400)
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}

/// A tiny, fast, seedable generator so every run builds the same directory.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(1 << 53)
    }
}
