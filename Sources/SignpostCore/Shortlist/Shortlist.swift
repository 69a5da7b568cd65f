/// A link worker's chosen services for one person, to print or paste into a letter. It holds no
/// personal data — only services and the need each answers — and expires after 30 days.
public struct Shortlist: Sendable, Encodable {
    public static let lifetimeDays = 30
    public static let maxEntries = 40

    /// A service picked for a need (the need may be left out).
    public struct Pick: Hashable, Sendable, Codable {
        public var serviceID: Int64
        public var need: String?

        public init(serviceID: Int64, need: String? = nil) {
            self.serviceID = serviceID
            self.need = need
        }

        enum CodingKeys: String, CodingKey { case serviceID = "service_id", need }
    }

    public struct Entry: Sendable, Encodable {
        public var serviceID: Int64
        public var need: String?
        public var needName: String?
        /// Nil when the service has since been withdrawn from the directory.
        public var service: ServiceView?

        public init(serviceID: Int64, need: String?, needName: String?, service: ServiceView?) {
            self.serviceID = serviceID
            self.need = need
            self.needName = needName
            self.service = service
        }

        enum CodingKeys: String, CodingKey { case serviceID = "service_id", need, needName = "need_name", service }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(serviceID, forKey: .serviceID)
            try c.encode(need, forKey: .need)
            try c.encode(needName, forKey: .needName)
            try c.encode(service, forKey: .service)
        }
    }

    public var id: String
    public var createdAt: String
    public var expiresAt: String
    public var entries: [Entry]

    public init(id: String, createdAt: String, expiresAt: String, entries: [Entry]) {
        self.id = id
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey { case id, entries, createdAt = "created_at", expiresAt = "expires_at" }

    /// An id is 22 characters of base64url: 128 random bits, not guessable, safe in a URL.
    public static func isWellFormedID(_ id: String) -> Bool {
        id.utf8.count == 22 && id.utf8.allSatisfy { b in
            (65...90).contains(b) || (97...122).contains(b) || (48...57).contains(b) || b == 45 || b == 95
        }
    }

    public static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        // 22 × 6 bits = 132 bits, drawn from the system's cryptographic source.
        return String((0..<22).map { _ in alphabet[Int(generator.next(upperBound: UInt64(64)))] })
    }
}

/// What is wrong with a shortlist someone asked for.
public enum ShortlistError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case tooMany(Int)
    case unknownService(Int64)
    case unknownNeed(String)

    public var description: String {
        switch self {
        case .empty: return "Pick at least one service for the shortlist."
        case .tooMany(let max): return "A shortlist holds at most \(max) services."
        case .unknownService(let id): return "There is no active service \(id)."
        case .unknownNeed(let need): return "\"\(need)\" is not a need we know."
        }
    }
}
