import Testing
@testable import SignpostHarvest

@Suite("robots.txt (RFC 9309)")
struct RobotsTxtTests {
    let agent = "SignpostBot/0.1 (+https://signpost.example.org/bot)"

    @Test("the longest match wins, allow on a tie")
    func longestMatch() {
        let robots = RobotsTxt("""
            User-agent: *
            Disallow: /services/
            Allow: /services/public/
            Disallow: /a
            Allow: /a
            """, status: 200)
        #expect(!robots.isAllowed("/services/42", userAgent: agent))
        #expect(robots.isAllowed("/services/public/42", userAgent: agent))
        #expect(robots.isAllowed("/a", userAgent: agent))
        #expect(robots.isAllowed("/other", userAgent: agent))
    }

    @Test("a group naming us replaces the * group; several such groups combine")
    func groups() {
        let robots = RobotsTxt("""
            User-agent: *
            Disallow: /

            User-agent: signpostbot
            Disallow: /private

            User-agent: OtherBot
            User-agent: SignpostBot
            Disallow: /drafts
            Crawl-delay: 2.5
            """, status: 200)
        #expect(robots.isAllowed("/services", userAgent: agent))
        #expect(!robots.isAllowed("/private/x", userAgent: agent))
        #expect(!robots.isAllowed("/drafts/1", userAgent: agent))
        #expect(!robots.isAllowed("/services", userAgent: "SomeoneElse"))
        #expect(robots.crawlDelay(userAgent: agent) == 2.5)
    }

    @Test("* matches any run and $ anchors the end", arguments: [
        ("/*.pdf$", "/leaflet.pdf", true), ("/*.pdf$", "/leaflet.pdf?x=1", false), ("/*.pdf", "/leaflet.pdf?x=1", true),
        ("/kb5/*/service.page", "/kb5/camden/service.page?id=1", true), ("/fish", "/fish.html", true), ("/fish$", "/fish.html", false),
        ("/fish/", "/fish", false), ("/*", "/anything", true), ("/a%3cd", "/a%3Cd", true), ("/%7Ejoe", "/~joe", true),
    ])
    func patterns(pattern: String, path: String, matches: Bool) {
        #expect(RobotsTxt.matches(pattern, path) == matches)
    }

    @Test("4xx allows everything, 5xx and unreachable disallow everything")
    func statuses() {
        #expect(RobotsTxt("Disallow: /", status: 404).isAllowed("/x", userAgent: agent))
        #expect(!RobotsTxt("", status: 503).isAllowed("/x", userAgent: agent))
        #expect(!RobotsTxt("", status: nil).isAllowed("/x", userAgent: agent))
    }

    @Test("comments, empty disallows, sitemaps, and /robots.txt itself")
    func details() {
        let robots = RobotsTxt("""
            # hello
            User-agent: * # everyone
            Disallow:
            Disallow: / # all
            Sitemap: https://example.org/sitemap.xml
            """, status: 200)
        #expect(robots.sitemaps == ["https://example.org/sitemap.xml"])
        #expect(!robots.isAllowed("/x", userAgent: agent))
        #expect(robots.isAllowed("/robots.txt", userAgent: agent))
    }
}
