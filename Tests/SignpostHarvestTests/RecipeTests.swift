import Foundation
import Testing
import TestSupport
@testable import SignpostHarvest

@Suite("Recipes")
struct RecipeTests {
    let loader: RecipeLoader

    init() throws { loader = RecipeLoader(taxonomy: try Fixtures.taxonomy()) }

    @Test("every recipe in Crawlers/ is valid")
    func shippedRecipes() {
        let (recipes, problems) = loader.loadAll(folder: Fixtures.root.appendingPathComponent("Crawlers"))
        #expect(problems.isEmpty, "\(problems)")
        #expect(recipes.contains { $0.id == "fixture-council" })
    }

    @Test("a hostile recipe is reported with file, line and reason")
    func hostile() {
        let text = """
            id: bad-source
            type: html
            colour: blue
            start_urls:
              - "file:///etc/passwd"
              - "https://evil.example.com/"
            allowed_hosts: [directory.example.org]
            follow:
              listing: "//div[@class='x'"
              teleport: "//a"
            fields:
              name: "//h1"
              shoe_size: "//p"
            categories:
              "Money": { needs: [unicorns], kinds: [welfare-benefits-advice] }
            politeness:
              delay_seconds: 900
            """
        let (_, problems) = loader.parse(text, file: "bad-source.yml")
        let lines = problems.map { "\($0.line): \($0.reason)" }
        #expect(problems.allSatisfy { $0.file == "bad-source.yml" })
        #expect(lines.contains { $0.hasPrefix("3: unknown key \"colour\"") })
        #expect(lines.contains { $0.hasPrefix("5: only http and https") })
        #expect(lines.contains { $0.hasPrefix("6: host evil.example.com is not in allowed_hosts") })
        #expect(lines.contains { $0.hasPrefix("9: follow.listing: the XPath does not compile") })
        #expect(lines.contains { $0.hasPrefix("10: unknown key \"teleport\" in follow") })
        #expect(lines.contains { $0.hasPrefix("13: unknown key \"shoe_size\" in fields") })
        #expect(lines.contains { $0.contains("unknown need \"unicorns\"") })
        #expect(lines.contains { $0.hasPrefix("17: delay_seconds must be") })
    }

    @Test("broken YAML is a clear error, not a crash", arguments: ["id: [unclosed", "- just\n- a list", "", "id: x\n  bad: indent: here"])
    func brokenYAML(text: String) {
        let (recipe, problems) = loader.parse(text, file: "broken.yml")
        #expect(recipe == nil || !problems.isEmpty)
        #expect(!problems.isEmpty)
    }

    @Test("{base} and {host} are filled in for a fixture server")
    func placeholders() throws {
        let (recipe, _) = loader.load(file: Fixtures.root.appendingPathComponent("Crawlers/fixture-council.yml"))
        let resolved = try #require(recipe).resolved(base: "http://127.0.0.1:8123")
        #expect(resolved.startURLs == ["http://127.0.0.1:8123/kb5/fixture/directory/results-1.html"])
        #expect(resolved.allowedHosts == ["127.0.0.1"])
    }
}
