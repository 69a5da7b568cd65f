import CCurl
import Foundation

/// One libcurl easy handle doing one request (no automatic redirects): owned by one thread,
/// never shared, so explicitly not `Sendable`.
final class CurlTransfer {
    /// Where curl's callbacks write; reached from C through an unretained pointer.
    final class Sink {
        let cap: Int
        let policy: AddressPolicy
        var body = Data()
        var headers: [String: String] = [:]
        var overCap = false
        var refusal: String?

        init(cap: Int, policy: AddressPolicy) {
            self.cap = cap
            self.policy = policy
        }
    }

    struct Outcome {
        var status: Int
        var headers: [String: String]
        var body: Data
        var redirectURL: String?
        var primaryIP: String?
    }

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    static func perform(url: String, conditional: FetchRequest?, configuration: FetchConfiguration) throws(FetchError) -> Outcome {
        _ = globalInit
        guard let handle = curl_easy_init() else { throw .transport("could not create a curl handle") }
        defer { curl_easy_cleanup(handle) }
        let sink = Sink(cap: configuration.byteCap, policy: configuration.addressPolicy)
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }

        _ = ccurl_setopt_string(handle, CURLOPT_URL, url)
        _ = ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = ccurl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        _ = ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_setopt_string(handle, CURLOPT_PROXY, "")          // never the environment's proxy
        _ = ccurl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")  // gzip, deflate, br, zstd; capped after decoding
        _ = ccurl_setopt_string(handle, CURLOPT_USERAGENT, configuration.userAgent)
        _ = ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(configuration.connectTimeout))
        _ = ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, milliseconds(configuration.totalTimeout))
        _ = ccurl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, configuration.lowSpeedBytesPerSecond)
        _ = ccurl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, max(1, milliseconds(configuration.lowSpeedTime) / 1000))
        _ = ccurl_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(configuration.byteCap))
        if let conditional {
            if let etag = conditional.etag { headerList = curl_slist_append(headerList, "If-None-Match: \(clean(etag))") }
            if let modified = conditional.lastModified { headerList = curl_slist_append(headerList, "If-Modified-Since: \(clean(modified))") }
            if headerList != nil { _ = ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList) }
        }
        _ = ccurl_setopt_write_function(handle) { data, size, count, user in
            let sink = Unmanaged<CurlTransfer.Sink>.fromOpaque(user!).takeUnretainedValue()
            let length = size * count
            // The real byte cap: counted after decompression, so a small gzip bomb cannot get past it.
            if sink.body.count + length > sink.cap { sink.overCap = true; return 0 }
            if let data { sink.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length) }
            return length
        }
        _ = ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, sinkPointer)
        _ = ccurl_setopt_header_function(handle) { data, size, count, user in
            let sink = Unmanaged<CurlTransfer.Sink>.fromOpaque(user!).takeUnretainedValue()
            let length = size * count
            guard let data else { return length }
            let line = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
            if line.hasPrefix("HTTP/") { sink.headers = [:] }   // a new response (e.g. after 100 Continue)
            if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                if sink.headers.count < 200 { sink.headers[name] = value }
            }
            return length
        }
        _ = ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, sinkPointer)
        _ = ccurl_setopt_opensocket_function(handle) { user, _, address in
            let sink = Unmanaged<CurlTransfer.Sink>.fromOpaque(user!).takeUnretainedValue()
            guard let address else { return ccurl_bad_socket() }
            var buffer = [CChar](repeating: 0, count: 64)
            let text = ccurl_sockaddr_string(address, &buffer, 64) == 1
                ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "an unknown address family"
            if let refusal = sink.policy.refusal(for: text) {
                sink.refusal = refusal
                return ccurl_bad_socket()
            }
            return ccurl_open_socket(address)
        }
        _ = ccurl_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, sinkPointer)

        let code = curl_easy_perform(handle)
        if let refusal = sink.refusal { throw .disallowedAddress(refusal) }
        if sink.overCap || code == CURLE_FILESIZE_EXCEEDED { throw .tooLarge(limit: configuration.byteCap) }
        switch code {
        case CURLE_OK: break
        case CURLE_OPERATION_TIMEDOUT: throw .timedOut
        case CURLE_UNSUPPORTED_PROTOCOL: throw .disallowedScheme(url)
        default: throw .transport("curl error \(code.rawValue): \(String(cString: curl_easy_strerror(code)))")
        }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var redirect: UnsafeMutablePointer<CChar>?
        _ = ccurl_getinfo_string(handle, CURLINFO_REDIRECT_URL, &redirect)
        var ip: UnsafeMutablePointer<CChar>?
        _ = ccurl_getinfo_string(handle, CURLINFO_PRIMARY_IP, &ip)
        return Outcome(status: status, headers: sink.headers, body: sink.body,
                       redirectURL: redirect.map { String(cString: $0) }, primaryIP: ip.map { String(cString: $0) })
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Stored validators go back verbatim, minus anything that could start a new header line.
    static func clean(_ value: String) -> String { value.filter { $0 != "\r" && $0 != "\n" } }
}
