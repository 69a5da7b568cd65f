import Foundation

/// Reads the ways real feeds describe where a service works into structured coverage.
///
/// Handles a GSS code (alone or as a `statistics.data.gov.uk` URI), a council name or variant
/// ("people living in Dundee", "across the Fife Council area"), postcode districts and sectors in
/// free text ("DD1, DD2 and DD3 4"), a radius ("within 10 miles of our centre") and national or
/// nation-wide wording ("UK-wide", "Scotland").
///
///     parser.parse("people living in Dundee")   // [.localAuthority("S12000042")]
public struct CoverageParser: Sendable {
    public struct Council: Hashable, Sendable {
        public var code: String
        public var name: String
        public var aliases: [String]
        public init(code: String, name: String, aliases: [String]) {
            self.code = code
            self.name = name
            self.aliases = aliases
        }
    }

    private var councilNames: [String: String] = [:]   // normalised name → GSS code
    private var maxNameLength = 1
    private let isKnownOutcode: @Sendable (String) -> Bool

    public init(councils: [Council], isKnownOutcode: @escaping @Sendable (String) -> Bool = { Outcode.isValid($0) }) {
        self.isKnownOutcode = isKnownOutcode
        for council in councils {
            for name in [council.name] + council.aliases {
                let words = TextNormaliser.words(name)
                guard !words.isEmpty else { continue }
                councilNames[words.joined(separator: " ")] = council.code
                maxNameLength = max(maxNameLength, words.count)
            }
        }
    }

    /// Coverage named in `text`. `hasLocations` decides what "within 10 miles of Darlington" means:
    /// a radius around the venues, or — with no venue to measure from — the council it names.
    public func parse(_ text: String, hasLocations: Bool = true) -> [CoverageArea] {
        var areas: [CoverageArea] = []
        func add(_ area: CoverageArea) { if !areas.contains(area) { areas.append(area) } }

        for code in Self.gssCodes(in: text) {
            switch code.prefix(3) {
            case "K02": add(.unitedKingdom)
            case "K03": add(.nation(.england)); add(.nation(.scotland)); add(.nation(.wales))
            case "K04": add(.nation(.england)); add(.nation(.wales))
            case "E92", "S92", "W92", "N92": if let n = Nation(gssCode: code) { add(.nation(n)) }
            default: add(.localAuthority(code))
            }
        }

        let radius = Self.radiusKilometres(in: text)
        if let radius, hasLocations { add(.radius(kilometres: radius)) }

        let words = TextNormaliser.words(text)
        var councilsFound = false
        if radius == nil || !hasLocations {
            var i = 0
            while i < words.count {
                var step = 1
                for length in stride(from: min(maxNameLength, words.count - i), through: 1, by: -1) {
                    if let code = councilNames[words[i..<(i + length)].joined(separator: " ")] {
                        add(.localAuthority(code))
                        councilsFound = true
                        step = length
                        break
                    }
                }
                i += step
            }
        }

        for area in postcodeAreas(in: text) { add(area) }

        if !councilsFound && !areas.contains(where: { if case .localAuthority = $0 { return true }; return false }) {
            for area in Self.nationalAreas(words) { add(area) }
        }
        return areas
    }

    static func gssCodes(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9])([ENSWK]\\d{8})(?![0-9])")
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    }

    static func radiusKilometres(in text: String) -> Double? {
        let pattern = try! NSRegularExpression(pattern: "(\\d+(?:\\.\\d+)?)\\s*-?\\s*(miles?|mi\\b|km\\b|kms\\b|kilometres?|kilometers?)",
                                               options: [.caseInsensitive])
        let range = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: range),
              let numberRange = Range(match.range(at: 1), in: text),
              let unitRange = Range(match.range(at: 2), in: text),
              let value = Double(text[numberRange]), value > 0 else { return nil }
        let unit = text[unitRange].lowercased()
        let km = unit.hasPrefix("mi") ? value * 1.609344 : value
        return min(km, 500)
    }

    /// Postcode districts and sectors written in the text ("DD1, DD2 and DD3 4"), upper case only,
    /// so ordinary words are never read as districts.
    func postcodeAreas(in text: String) -> [CoverageArea] {
        let tokens = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        var areas: [CoverageArea] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token == token.uppercased(), token.contains(where: \.isNumber), Outcode.isValid(token), isKnownOutcode(token) {
                if i + 1 < tokens.count, tokens[i + 1].count == 1, tokens[i + 1].first!.isNumber,
                   !(i + 2 < tokens.count && tokens[i + 2].count == 2 && tokens[i + 2].allSatisfy(\.isLetter)) {
                    areas.append(.sector(token + " " + tokens[i + 1]))
                    i += 2
                    continue
                }
                areas.append(.outcode(token))
            }
            i += 1
        }
        return areas
    }

    static func nationalAreas(_ words: [String]) -> [CoverageArea] {
        let text = " " + words.joined(separator: " ") + " "
        if ["uk wide", " uk ", "united kingdom", "nationwide", "national", "whole country", "anywhere in the uk"]
            .contains(where: { text.contains($0) }) {
            return [.unitedKingdom]
        }
        if text.contains("great britain") || text.contains(" gb ") {
            return [.nation(.england), .nation(.scotland), .nation(.wales)]
        }
        var found: [CoverageArea] = []
        if text.contains(" scotland") { found.append(.nation(.scotland)) }
        if text.contains(" england") { found.append(.nation(.england)) }
        if text.contains(" wales") && !text.contains("new south wales") { found.append(.nation(.wales)) }
        if text.contains("northern ireland") { found.append(.nation(.northernIreland)) }
        return found
    }
}
