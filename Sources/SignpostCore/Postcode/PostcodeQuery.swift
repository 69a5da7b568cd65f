/// What a person typed in a postcode box: a full postcode, a sector ("DD1 4") or a district ("DD1").
///
/// Partial postcodes are legitimate input — a resident may not want to give their full postcode —
/// and are answered from sector or district centroids.
///
///     try PostcodeQuery("dd1 4")   // .sector("DD1 4")
public enum PostcodeQuery: Hashable, Sendable {
    case unit(Postcode)
    case sector(String)
    case outcode(String)

    public init(_ raw: String) throws(PostcodeError) {
        let compact = try PostcodeText.compact(raw)
        // A sector is an outcode followed by one digit; only recognisable when the input was
        // written with a space ("DD1 4"), since "DD14" is itself a valid district.
        let parts = raw.trimmingWhitespace().split(whereSeparator: { $0.isWhitespace })
        if parts.count == 2, parts[1].count == 1, parts[1].first!.isASCIIDigit,
           Outcode.isValid(parts[0].uppercased()) {
            self = .sector(parts[0].uppercased() + " " + parts[1])
            return
        }
        if Outcode.isValid(compact) {
            self = .outcode(compact)
            return
        }
        self = .unit(try Postcode(raw))
    }

    /// Display form: "DD1 4HN", "DD1 4" or "DD1".
    public var display: String {
        switch self {
        case .unit(let p): return p.normalised
        case .sector(let s): return s
        case .outcode(let o): return o
        }
    }
}
