import SignpostCore

/// The search form as last submitted, with any errors beside their fields.
public struct SearchFormModel: Sendable {
    struct NeedChoice: Sendable {
        let slug: String
        let name: String
        let checked: Bool
    }

    public var postcode: String
    public var needSlugs: [String]
    public var q: String
    var needs: [NeedChoice] = []
    var postcodeError: String?
    var needError: String?
    var qError: String?

    public init(postcode: String = "", needs: [String] = [], q: String = "") {
        self.postcode = postcode
        self.needSlugs = needs
        self.q = q
    }

    /// Needs a resident can choose: all but the crisis flag (urgent words are understood anyway).
    mutating func prepare(taxonomy: Taxonomy, errors: [FieldError]) {
        needs = taxonomy.needs.filter { $0.safety != .urgent }.map {
            NeedChoice(slug: $0.slug, name: $0.name, checked: needSlugs.contains($0.slug))
        }
        postcodeError = errors.first { $0.field == "postcode" }?.message
        needError = errors.first { $0.field.hasPrefix("need") }?.message
        qError = errors.first { $0.field == "q" }?.message
    }
}
