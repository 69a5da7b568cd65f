/// One piece of a service's coverage, parsed once when the service is stored.
public enum CoverageArea: Hashable, Sendable, Codable, CustomStringConvertible {
    case unitedKingdom
    case nation(Nation)
    case localAuthority(String)   // GSS code
    case outcode(String)          // "DD1"
    case sector(String)           // "DD1 4"
    case radius(kilometres: Double)  // around each of the service's locations

    /// The (kind, code) pair stored in `service_coverage` and looked up for a place.
    public var storageKey: (kind: String, code: String)? {
        switch self {
        case .unitedKingdom: return ("uk", "uk")
        case .nation(let nation): return ("nation", nation.rawValue)
        case .localAuthority(let code): return ("lad", code)
        case .outcode(let outcode): return ("outcode", outcode)
        case .sector(let sector): return ("sector", sector)
        case .radius: return nil
        }
    }

    public var isNational: Bool {
        switch self {
        case .unitedKingdom, .nation: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .unitedKingdom: return "the whole UK"
        case .nation(let nation): return nation.displayName
        case .localAuthority(let code): return code
        case .outcode(let outcode): return outcode
        case .sector(let sector): return sector
        case .radius(let km): return "\(Int(km.rounded())) km around its venues"
        }
    }
}
