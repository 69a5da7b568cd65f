import Foundation

/// How the harvester fetches: limits, identity and which addresses it may reach.
public struct FetchConfiguration: Sendable {
    public var userAgent: String
    public var byteCap: Int
    public var connectTimeout: Duration
    public var totalTimeout: Duration
    /// Abort a transfer slower than `lowSpeedBytesPerSecond` for `lowSpeedTime` (slow-drip servers).
    public var lowSpeedBytesPerSecond: Int
    public var lowSpeedTime: Duration
    public var maxRedirects: Int
    public var addressPolicy: AddressPolicy

    public init(userAgent: String = "SignpostBot/0.1 (+https://signpost.example.org/bot; bot@example.org)",
                byteCap: Int = 5 * 1024 * 1024, connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(45),
                lowSpeedBytesPerSecond: Int = 1024, lowSpeedTime: Duration = .seconds(15), maxRedirects: Int = 5,
                addressPolicy: AddressPolicy = .publicOnly) {
        self.userAgent = userAgent
        self.byteCap = byteCap
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedTime = lowSpeedTime
        self.maxRedirects = maxRedirects
        self.addressPolicy = addressPolicy
    }
}

/// One page to fetch, with the validators from its last fetch for a conditional GET.
public struct FetchRequest: Sendable, Hashable {
    public var url: String
    public var etag: String?
    public var lastModified: String?

    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// What came back. `notModified` is a 304 to our conditional GET: nothing to parse.
public struct FetchResponse: Sendable {
    public var url: String
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    public var redirects: [String]
    public var primaryIP: String?

    public var notModified: Bool { status == 304 }
    public var contentType: String? { headers["content-type"] }
    public var etag: String? { headers["etag"] }
    public var lastModified: String? { headers["last-modified"] }
    /// Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), capped at an hour.
    public func retryAfter(now: Date = Date()) -> Double? {
        guard let value = headers["retry-after"]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value) { return min(max(0, seconds), 3600) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return min(max(0, date.timeIntervalSince(now)), 3600)
    }
}

/// Why a fetch failed, per URL; the crawl goes on with the next one.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURL(String)
    case disallowedScheme(String)
    case disallowedAddress(String)
    case tooManyRedirects(Int)
    case tooLarge(limit: Int)
    case timedOut
    case transport(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): return "not a valid URL: \(url)"
        case .disallowedScheme(let url): return "only http and https are fetched, not \(url)"
        case .disallowedAddress(let why): return "refused to connect: \(why)"
        case .tooManyRedirects(let count): return "more than \(count) redirects"
        case .tooLarge(let limit): return "the body is larger than \(limit) bytes"
        case .timedOut: return "timed out"
        case .transport(let message): return message
        }
    }
}

/// Fetches pages. `CurlFetcher` is the one implementation, in tests too (pointed at 127.0.0.1).
public protocol PageFetcher: Sendable {
    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse
}
