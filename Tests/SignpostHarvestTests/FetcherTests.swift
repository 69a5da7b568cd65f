import Foundation
import Testing
@testable import SignpostHarvest

/// The libcurl fetcher against a real server on 127.0.0.1; every failure is a clear per-URL error.
@Suite("Fetcher", .serialized)
struct FetcherTests {
    static let configuration = FetchConfiguration(totalTimeout: .seconds(20), lowSpeedBytesPerSecond: 100, lowSpeedTime: .seconds(3),
                                                  addressPolicy: AddressPolicy(allowedLoopback: ["127.0.0.1"]))
    let fetcher = CurlFetcher(configuration: FetcherTests.configuration)

    func error(_ request: FetchRequest) async -> FetchError? {
        do { _ = try await fetcher.fetch(request); return nil } catch { return error }
    }

    @Test("a page, its validators, and a conditional GET answered 304")
    func conditional() async throws {
        try await HostileSite.run { site in
            let page = try await fetcher.fetch(FetchRequest(url: site.base + "/ok"))
            #expect(page.status == 200)
            #expect(String(decoding: page.body, as: UTF8.self) == "<p>hello</p>")
            #expect(page.etag == "\"v1\"")
            #expect(page.primaryIP == "127.0.0.1")
            let again = try await fetcher.fetch(FetchRequest(url: site.base + "/ok", etag: page.etag, lastModified: page.lastModified))
            #expect(again.notModified)
            #expect(again.body.isEmpty)
        }
    }

    @Test("redirects are followed by hand, at most five")
    func redirects() async throws {
        try await HostileSite.run { site in
            let five = try await fetcher.fetch(FetchRequest(url: site.base + "/chain/5"))
            #expect(five.status == 200)
            #expect(five.redirects.count == 5)
            #expect(await error(FetchRequest(url: site.base + "/chain/6")) == .tooManyRedirects(5))
            #expect(await error(FetchRequest(url: site.base + "/loop")) == .tooManyRedirects(5))
        }
    }

    @Test("only http and https, also on redirects")
    func schemes() async throws {
        try await HostileSite.run { site in
            #expect(await error(FetchRequest(url: site.base + "/to-file")) == .disallowedScheme("file:///etc/passwd"))
            #expect(await error(FetchRequest(url: site.base + "/to-gopher")) == .disallowedScheme("gopher://127.0.0.1/"))
            #expect(await error(FetchRequest(url: "file:///etc/passwd")) == .disallowedScheme("file:///etc/passwd"))
            #expect(await error(FetchRequest(url: "not a url")) != nil)
        }
    }

    @Test("a redirect to another loopback address is refused at connect time")
    func connectTimeRefusal() async throws {
        try await HostileSite.run { site in
            let failure = await error(FetchRequest(url: site.base + "/to-other-loopback"))
            #expect(failure == .disallowedAddress("127.0.0.2 is a loopback address"))
            // And with loopback not allowed at all, even the fixture server itself is refused.
            let strict = CurlFetcher(configuration: FetchConfiguration(addressPolicy: .publicOnly))
            do { _ = try await strict.fetch(FetchRequest(url: site.base + "/ok")); Issue.record("fetched from loopback") } catch {
                #expect((error as? FetchError) == .disallowedAddress("127.0.0.1 is a loopback address"))
            }
        }
    }

    @Test("a 50 MB body stops at the byte cap")
    func byteCap() async throws {
        try await HostileSite.run { site in
            #expect(await error(FetchRequest(url: site.base + "/big")) == .tooLarge(limit: 5 * 1024 * 1024))
        }
    }

    @Test("a body that drips one byte a second is cut off, not waited for")
    func slowDrip() async throws {
        try await HostileSite.run { site in
            let started = ContinuousClock.now
            let failure = await error(FetchRequest(url: site.base + "/drip"))
            #expect(failure != nil)
            #expect(ContinuousClock.now - started < .seconds(15))
        }
    }

    @Test("gzip is decoded; a gzip bomb stops at the byte cap after decompression")
    func compression() async throws {
        try await HostileSite.run { site in
            let page = try await fetcher.fetch(FetchRequest(url: site.base + "/gzip"))
            #expect(String(decoding: page.body, as: UTF8.self).contains("Compressed hello"))
            #expect(await error(FetchRequest(url: site.base + "/gzip-bomb")) == .tooLarge(limit: 5 * 1024 * 1024))
        }
    }

    @Test("429 comes back with its Retry-After")
    func retryAfter() async throws {
        try await HostileSite.run { site in
            let busy = try await fetcher.fetch(FetchRequest(url: site.base + "/busy"))
            #expect(busy.status == 429)
            #expect(busy.retryAfter() == 7)
        }
    }
}
