import Foundation

/// Fetches with libcurl, off Swift's cooperative pool (a transfer blocks its thread), following
/// redirects by hand so every hop is checked again: scheme, hop count and — at connect time —
/// the address it resolved to.
///
///     let page = try await CurlFetcher(configuration: .init()).fetch(FetchRequest(url: "https://…"))
public struct CurlFetcher: PageFetcher {
    public let configuration: FetchConfiguration

    public init(configuration: FetchConfiguration = .init()) {
        self.configuration = configuration
    }

    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        let configuration = self.configuration
        let result: Result<FetchResponse, FetchError> = await withCheckedContinuation { continuation in
            // A dedicated thread per transfer: curl_easy_perform blocks for up to the total timeout.
            Thread.detachNewThread {
                continuation.resume(returning: Result { () throws(FetchError) in try Self.fetchBlocking(request, configuration: configuration) })
            }
        }
        return try result.get()
    }

    static func fetchBlocking(_ request: FetchRequest, configuration: FetchConfiguration) throws(FetchError) -> FetchResponse {
        var url = try checked(request.url)
        var redirects: [String] = []
        while true {
            let outcome = try CurlTransfer.perform(url: url, conditional: redirects.isEmpty ? request : nil, configuration: configuration)
            if [301, 302, 303, 307, 308].contains(outcome.status), let next = outcome.redirectURL {
                guard redirects.count < configuration.maxRedirects else { throw .tooManyRedirects(configuration.maxRedirects) }
                redirects.append(url)
                url = try checked(next)
                continue
            }
            return FetchResponse(url: url, status: outcome.status, headers: outcome.headers, body: outcome.body,
                                 redirects: redirects, primaryIP: outcome.primaryIP)
        }
    }

    /// http and https only, with a host, at most 2,048 characters.
    static func checked(_ raw: String) throws(FetchError) -> String {
        guard raw.count <= 2048, let components = URLComponents(string: raw), let scheme = components.scheme?.lowercased() else {
            throw .invalidURL(String(raw.prefix(200)))
        }
        guard scheme == "http" || scheme == "https" else { throw .disallowedScheme(String(raw.prefix(200))) }
        guard let host = components.host, !host.isEmpty else { throw .invalidURL(String(raw.prefix(200))) }
        return raw
    }
}
