import Foundation
import Mustache
import Testing
import TestSupport
import SignpostCore
import SignpostStore
@testable import SignpostWeb

/// Templates read view models through hand-written `child(named:)` switches (Mirror was too
/// slow): every stored property must be reachable under its own name, with its own value.
@Suite("Template fields")
struct TemplateFieldsTests {
    /// Problems found walking `value` and everything it holds.
    func problems(_ value: Any, path: String) -> [String] {
        let typeName = String(reflecting: type(of: value))
        guard typeName.hasPrefix("SignpostWeb.") else { return [] }
        guard let parent = value as? MustacheParent else { return ["\(path): \(typeName) is not a MustacheParent"] }
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            let expected = unwrap(child.value)
            let served = parent.child(named: label).flatMap { $0 is NSNull ? nil : $0 }
            if served == nil && expected != nil { found.append("\(path).\(label) is not served") }
            if let served, let expected, String(describing: served) != String(describing: expected) {
                found.append("\(path).\(label) serves another value")
            }
            if let expected {
                if let list = expected as? [Any] {
                    for (i, element) in list.enumerated() { found += problems(element, path: "\(path).\(label)[\(i)]") }
                } else {
                    found += problems(expected, path: "\(path).\(label)")
                }
            }
        }
        return found
    }

    func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrap($0.value) } ?? nil
    }

    @Test("every view model serves each of its fields by name")
    func everyField() async throws {
        let directory = try await SeededDatabases.shared.make()
        let taxonomy = try directory.taxonomy()
        let now = UKTime(day: "wed", minutes: 600)
        let response = try await directory.search(SearchRequest(place: .postcode(PostcodeQuery("DD1 4HN")), needs: ["money"], limit: 5))
        var query = SearchPageQuery()
        query.postcode = "DD1 4HN"
        query.needs = ["money"]
        query.free = true
        let suggestions = try await directory.suggest(postcode: PostcodeQuery("E1 6AN"), concerns: [HNAConcern(item: "hna.money_housing", score: 8)])
        var input = HNAFormInput()
        input.postcode = "E1 6AN"
        input.scores = ["hna.money_housing": "8"]
        let shortlist = try await directory.createShortlist(response.results.map { Shortlist.Pick(serviceID: $0.service.id, need: "money") })
        let errors = [FieldError(field: "postcode", message: "Check the postcode.")]
        let models: [(String, Any)] = [
            ("results", ResultsPageModel(query: query, response: response, errors: [], taxonomy: taxonomy, now: now)),
            ("results-error", ResultsPageModel(query: query, response: nil, errors: errors, taxonomy: taxonomy, now: now)),
            ("home", HomePageModel(query: query, errors: errors, taxonomy: taxonomy)),
            ("service", ServicePageModel(response.results[0].service, taxonomy: taxonomy, now: now)),
            ("hna", HNAPageModel(input: input, suggestions: suggestions, errors: [], taxonomy: taxonomy)),
            ("shortlist", ShortlistPageModel(shortlist)),
            ("error", ErrorPageModel(heading: "Gone", message: "It has gone.")),
        ]
        for (name, model) in models {
            #expect(problems(model, path: name) == [], "\(name)")
        }
    }
}
