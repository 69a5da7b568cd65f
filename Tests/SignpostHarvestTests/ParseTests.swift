import Foundation
import Testing
@testable import SignpostHarvest

@Suite("Encoding and HTML parsing")
struct ParseTests {
    @Test("a Windows-1252 page yields £ and ’, whatever it claims", arguments: [
        "text/html; charset=windows-1252", "text/html; charset=ISO-8859-1", "text/html",
    ])
    func windows1252(contentType: String) {
        // "Costs £5 – it’s free for carers" in Windows-1252 bytes.
        let bytes = Data([0x43, 0x6F, 0x73, 0x74, 0x73, 0x20, 0xA3, 0x35, 0x20, 0x96, 0x20, 0x69, 0x74, 0x92, 0x73])
        #expect(TextEncoding.decode(bytes, contentType: contentType) == "Costs £5 – it’s")
    }

    @Test("UTF-8 with a lying meta charset stays UTF-8 when the header says so; BOMs win")
    func lyingMeta() {
        let html = "<meta charset=iso-8859-1><p>café £3</p>"
        #expect(TextEncoding.decode(Data(html.utf8), contentType: "text/html; charset=utf-8").contains("café £3"))
        #expect(TextEncoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data("é".utf8), contentType: "text/html; charset=windows-1252") == "é")
        #expect(TextEncoding.decode(Data("<meta charset=\"windows-1252\">".utf8) + Data([0xA3]), contentType: nil).hasSuffix("£"))
    }

    @Test("malformed HTML parses with recovery; XPath reads dl/dt/dd and resolves links")
    func xpath() throws {
        let html = """
            <html><body><div class="card"><h2>Carers Hub<a href="/service.page?id=7">more</a>
            <dl><dt>Telephone</dt><dd> 01632  960001 </dd><dt>Postcode</dt><dd>DD1 4HN</dd></dl>
            <p>unclosed <b>bold <i>mess</div></body>
            """
        let doc = try #require(HTMLDocument(html: html, url: "https://directory.example.org/kb5/results.page"))
        let card = try #require(doc.select("//div[@class='card']")?.first)
        #expect(doc.select(".//h2", from: card)?.first?.text.hasPrefix("Carers Hub") == true)
        #expect(doc.select("//dt[normalize-space(.)='Telephone']/following-sibling::dd[1]")?.first?.text == "01632 960001")
        let href = try #require(doc.select("//a/@href")?.first?.text)
        #expect(doc.resolve(href) == "https://directory.example.org/service.page?id=7")
        #expect(doc.select("normalize-space(//dt[2])")?.first?.text == "Postcode")
    }

    @Test("an XPath that does not compile is reported, not crashed on")
    func badXPath() throws {
        #expect(!HTMLDocument.compiles("//div[@class='x'"))
        #expect(HTMLDocument.compiles("//div[@class='x']"))
        let doc = try #require(HTMLDocument(html: "<p>x</p>", url: "https://example.org/"))
        #expect(doc.select("//p[") == nil)
    }

    @Test("entity expansion is not performed: billion laughs stays small")
    func billionLaughs() throws {
        var html = "<!DOCTYPE html [<!ENTITY lol \"lol\">"
        for i in 1...9 { html += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">" }
        html += "]><html><body><p>&lol9;</p></body></html>"
        let doc = try #require(HTMLDocument(html: html, url: "https://example.org/"))
        let text = doc.select("//p")?.first?.text ?? ""
        #expect(text.count < 10_000)
    }
}
