import Foundation

/// A results page's query as the resident submitted it, to refill the forms and to build the
/// links for paging, wider radius, related needs and clearing filters.
public struct SearchPageQuery: Sendable, Equatable {
    public var postcode = ""
    public var needs: [String] = []
    public var q = ""
    public var openNow = false
    public var free = false
    public var wheelchair = false
    public var delivery = ""
    public var language = ""
    public var sort = "relevance"
    public var radiusKilometres: Double?
    public var page = 1

    public init() {}

    public var filtersActive: Bool { openNow || free || wheelchair || !delivery.isEmpty || !language.isEmpty }

    /// `/search?…` with only the parameters that are set.
    public var href: String {
        var items: [(String, String)] = []
        if !postcode.isEmpty { items.append(("postcode", postcode)) }
        for need in needs { items.append(("need", need)) }
        if !q.isEmpty { items.append(("q", q)) }
        if openNow { items.append(("open_now", "1")) }
        if free { items.append(("free", "1")) }
        if wheelchair { items.append(("wheelchair", "1")) }
        if !delivery.isEmpty { items.append(("delivery", delivery)) }
        if !language.isEmpty { items.append(("language", language)) }
        if sort != "relevance" { items.append(("sort", sort)) }
        if let radiusKilometres { items.append(("radius_km", radiusKilometres.truncatingRemainder(dividingBy: 1) == 0 ? String(Int(radiusKilometres)) : String(radiusKilometres))) }
        if page > 1 { items.append(("page", String(page))) }
        return "/search?" + items.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    /// The fields a form must carry as hidden inputs to keep the search while filters change.
    var searchFields: [(name: String, value: String)] {
        var fields: [(String, String)] = []
        if !postcode.isEmpty { fields.append(("postcode", postcode)) }
        for need in needs { fields.append(("need", need)) }
        if !q.isEmpty { fields.append(("q", q)) }
        if let radiusKilometres { fields.append(("radius_km", String(radiusKilometres))) }
        return fields
    }

    func with(_ change: (inout SearchPageQuery) -> Void) -> SearchPageQuery {
        var copy = self
        change(&copy)
        return copy
    }

    static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
