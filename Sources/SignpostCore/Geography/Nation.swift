/// The UK nation a place is in; picks nation-specific benefit names (PIP in England, ADP in Scotland).
public enum Nation: String, Codable, Sendable, CaseIterable {
    case england, scotland, wales
    case northernIreland = "northern-ireland"

    /// From a GSS code's first letter ("S12000042" → Scotland) or a one-letter nation code.
    public init?(gssCode: String) {
        switch gssCode.first {
        case "E": self = .england
        case "S": self = .scotland
        case "W": self = .wales
        case "N": self = .northernIreland
        default: return nil
        }
    }

    public var displayName: String {
        switch self {
        case .england: return "England"
        case .scotland: return "Scotland"
        case .wales: return "Wales"
        case .northernIreland: return "Northern Ireland"
        }
    }
}

/// A council area (local authority district) by its GSS code.
public struct LocalAuthority: Hashable, Codable, Sendable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public var nation: Nation? { Nation(gssCode: code) }
}
