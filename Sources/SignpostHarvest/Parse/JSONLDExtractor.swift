import Foundation
import SignpostCore

/// Reads schema.org JSON-LD from a page into one service: Service, GovernmentService,
/// LocalBusiness (or another Organization) and Place, with address, geo, telephone and
/// opening hours. Blocks are merged into one graph, `@graph` is flattened and `@id` references
/// are resolved. Parsing is lenient (comments and stray HTML around the JSON are tolerated), but
/// a page whose JSON-LD cannot be read is an error for that URL — never a partial record.
public struct JSONLDExtractor: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noJSONLD, invalidJSON(String), noService
        public var description: String {
            switch self {
            case .noJSONLD: return "no JSON-LD on the page"
            case .invalidJSON(let why): return "invalid JSON-LD: \(why)"
            case .noService: return "the JSON-LD describes no service or organisation"
            }
        }
    }

    static let serviceTypes: Set<String> = ["Service", "GovernmentService", "FinancialService", "ProfessionalService"]
    static let placeTypes: Set<String> = ["LocalBusiness", "Place", "CivicStructure", "LegalService", "MedicalBusiness",
                                          "FoodEstablishment", "EmergencyService", "CommunityHealth"]

    let source: String
    let categories: [String: Recipe.CategoryMapping]

    public init(source: String, categories: [String: Recipe.CategoryMapping] = [:]) {
        self.source = source
        self.categories = categories
    }

    /// The JSON objects of every block, flattened.
    func nodes(in document: HTMLDocument) throws(Failure) -> [[String: Any]] {
        let blocks = (document.select("//script[translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')='application/ld+json']") ?? [])
            .map(\.rawText).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard !blocks.isEmpty else { throw .noJSONLD }
        var nodes: [[String: Any]] = []
        for block in blocks {
            guard let value = Self.parseLeniently(block) else { throw .invalidJSON("a block is not JSON") }
            nodes += Self.flatten(value)
        }
        return nodes
    }

    static func parseLeniently(_ text: String) -> Any? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) { return value }
        // Drop HTML or JS comment lines around the JSON and try once more.
        let kept = trimmed.components(separatedBy: .newlines).filter {
            let line = $0.trimmingCharacters(in: .whitespaces)
            return !(line.hasPrefix("<!--") || line.hasPrefix("-->") || line.hasPrefix("//") || line.hasPrefix("/*"))
        }.joined(separator: "\n")
        return try? JSONSerialization.jsonObject(with: Data(kept.utf8), options: [.fragmentsAllowed])
    }

    static func flatten(_ value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.flatMap(flatten) }
        guard let object = value as? [String: Any] else { return [] }
        if let graph = object["@graph"] { return flatten(graph) + (object.count > 2 ? [object] : []) }
        return [object]
    }

    static func types(_ node: [String: Any]) -> [String] {
        if let one = node["@type"] as? String { return [one] }
        return (node["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    public func record(from document: HTMLDocument, url: String, fetchedAt: String) throws(Failure) -> ServiceRecord {
        let nodes = try nodes(in: document)
        var byID: [String: [String: Any]] = [:]
        for node in nodes { if let id = node["@id"] as? String { byID[id] = node } }
        func resolve(_ value: Any?) -> [String: Any]? {
            guard let node = (value as? [Any])?.first ?? value else { return nil }
            guard let object = node as? [String: Any] else { return nil }
            if let id = object["@id"] as? String, object.count == 1 { return byID[id] ?? object }
            return object
        }
        let service = nodes.first { !Set(Self.types($0)).isDisjoint(with: Self.serviceTypes) }
            ?? nodes.first { !Set(Self.types($0)).isDisjoint(with: Self.placeTypes) }
            ?? nodes.first { Self.types($0).contains("Organization") || Self.types($0).contains("NGO") }
        guard let service, let name = Self.text(service["name"]) else { throw .noService }
        let provider = resolve(service["provider"]) ?? resolve(service["parentOrganization"])
            ?? (Self.types(service).contains("Organization") ? service : nil)
        let organisationName = provider.flatMap { Self.text($0["name"]) } ?? name
        // Where: the service's own address, its channel's location, its location, or the provider's.
        let channel = resolve(service["availableChannel"])
        let place = resolve(channel?["serviceLocation"]) ?? resolve(service["location"])
        let addressNode = resolve(service["address"]) ?? resolve(place?["address"]) ?? resolve(provider?["address"])
        let geoNode = resolve(service["geo"]) ?? resolve(place?["geo"])
        var location: LocationRecord?
        if addressNode != nil || geoNode != nil {
            let street = [addressNode.flatMap { Self.text($0["streetAddress"]) }, addressNode.flatMap { Self.text($0["addressLocality"]) }]
                .compactMap { $0 }.joined(separator: ", ")
            let point = geoNode.flatMap { g -> GeoPoint? in
                guard let lat = Self.number(g["latitude"]), let lon = Self.number(g["longitude"]) else { return nil }
                let p = GeoPoint(latitude: lat, longitude: lon)
                return p.isPlausible ? p : nil
            }
            location = LocationRecord(name: place.flatMap { Self.text($0["name"]) }, address: street.isEmpty ? nil : street,
                                      postcode: addressNode.flatMap { Self.text($0["postalCode"]) }.flatMap { try? Postcode($0) }?.normalised,
                                      point: point)
        }
        let hours = Self.schedules(service["openingHoursSpecification"] ?? service["hoursAvailable"] ?? place?["openingHoursSpecification"])
        var needs: [String] = [], kinds: [String] = []
        for label in [Self.text(service["serviceType"]), Self.text(service["category"])].compactMap({ $0 }) {
            if let mapping = categories[label.lowercased()] {
                needs += mapping.needs.filter { !needs.contains($0) }
                kinds += mapping.kinds.filter { !kinds.contains($0) }
            }
        }
        return ServiceRecord(
            externalID: "\(source):\(url)",
            organisation: OrganisationRecord(externalID: "\(source):org:\(TextNormaliser.words(organisationName).joined(separator: "-"))",
                                             name: organisationName, url: provider.flatMap { Self.text($0["url"]) },
                                             email: provider.flatMap { Self.text($0["email"]) }, phone: provider.flatMap { Self.text($0["telephone"]) }),
            name: name, description: Self.text(service["description"]) ?? "", kinds: kinds, needs: needs,
            phone: Self.text(service["telephone"]) ?? provider.flatMap { Self.text($0["telephone"]) },
            email: (Self.text(service["email"]) ?? provider.flatMap { Self.text($0["email"]) })?.replacingOccurrences(of: "mailto:", with: ""),
            url: Self.text(service["url"]) ?? url,
            serviceArea: Self.areaText(service["areaServed"]),
            locations: location.map { [$0] } ?? [], schedules: hours,
            openingHours: Self.text(service["openingHours"]),
            provenance: Provenance(source: source, url: url, fetchedAt: fetchedAt))
    }

    static func text(_ value: Any?) -> String? {
        if let string = value as? String {
            let cleaned = string.collapsingWhitespace()
            return cleaned.isEmpty ? nil : cleaned
        }
        if let array = value as? [Any] { return array.compactMap { text($0) }.first }
        if let object = value as? [String: Any] { return text(object["name"]) ?? text(object["@value"]) }
        return nil
    }

    static func number(_ value: Any?) -> Double? {
        if let double = value as? Double { return double }
        if let string = value as? String { return Double(string) }
        return (value as? NSNumber)?.doubleValue
    }

    static func areaText(_ value: Any?) -> String? {
        if let array = value as? [Any] { return array.compactMap { text($0) }.joined(separator: ", ") }
        return text(value)
    }

    static let dayNames = ["monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
                           "saturday": "sat", "sunday": "sun"]

    /// OpeningHoursSpecification → schedules; days may be names or schema.org URLs.
    static func schedules(_ value: Any?) -> [ScheduleRecord] {
        let items: [[String: Any]] = (value as? [Any])?.compactMap { $0 as? [String: Any] } ?? ((value as? [String: Any]).map { [$0] } ?? [])
        return items.compactMap { item in
            let rawDays: [String] = (item["dayOfWeek"] as? [Any])?.compactMap { $0 as? String } ?? ((item["dayOfWeek"] as? String).map { [$0] } ?? [])
            let days = rawDays.compactMap { dayNames[$0.split(separator: "/").last.map { $0.lowercased() } ?? ""] }
            guard !days.isEmpty else { return nil }
            return ScheduleRecord(days: days, opens: text(item["opens"]).map { String($0.prefix(5)) },
                                  closes: text(item["closes"]).map { String($0.prefix(5)) })
        }
    }
}
