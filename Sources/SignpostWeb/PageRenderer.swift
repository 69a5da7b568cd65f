import Foundation
import Mustache
import SignpostCore

/// Renders every HTML page from its view model and the Mustache templates compiled once at
/// start-up. Values are HTML-escaped by the templates (`{{…}}`, never `{{{…}}}`), so text from
/// listings is always shown as text.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary

    public init() throws {
        var library = MustacheLibrary()
        let templates: [(String, String)] = [
            (LayoutTemplate.name, LayoutTemplate.text), (SearchFormPartial.name, SearchFormPartial.text),
            (ErrorSummaryPartial.name, ErrorSummaryPartial.text), (ServiceCardPartial.name, ServiceCardPartial.text),
            (HomeTemplate.name, HomeTemplate.text), (ResultsTemplate.name, ResultsTemplate.text),
            (ServiceTemplate.name, ServiceTemplate.text), (HNATemplate.name, HNATemplate.text),
            (HNAFormPartial.name, HNAFormPartial.text), (ShortlistTemplate.name, ShortlistTemplate.text),
            (ErrorTemplate.name, ErrorTemplate.text),
        ]
        for (name, text) in templates { try library.register(text, named: name) }
        self.library = library
    }

    public func home(query: SearchPageQuery = SearchPageQuery(), errors: [FieldError] = [], taxonomy: Taxonomy) -> String {
        render(HomePageModel(query: query, errors: errors, taxonomy: taxonomy), HomeTemplate.name)
    }

    public func results(query: SearchPageQuery, response: SearchResponse?, errors: [FieldError] = [], taxonomy: Taxonomy,
                        now: Date = Date()) -> String {
        render(ResultsPageModel(query: query, response: response, errors: errors, taxonomy: taxonomy, now: UKTime(now)), ResultsTemplate.name)
    }

    public func service(_ view: ServiceView, taxonomy: Taxonomy, now: Date = Date()) -> String {
        render(ServicePageModel(view, taxonomy: taxonomy, now: UKTime(now)), ServiceTemplate.name)
    }

    public func hna(input: HNAFormInput = HNAFormInput(), suggestions: HNASuggestions? = nil, errors: [FieldError] = [],
                    taxonomy: Taxonomy) -> String {
        render(HNAPageModel(input: input, suggestions: suggestions, errors: errors, taxonomy: taxonomy), HNATemplate.name)
    }

    public func shortlist(_ shortlist: Shortlist) -> String {
        render(ShortlistPageModel(shortlist), ShortlistTemplate.name)
    }

    public func error(heading: String, message: String) -> String {
        render(ErrorPageModel(heading: heading, message: message), ErrorTemplate.name)
    }

    func render(_ model: Any, _ template: String) -> String {
        // Templates are registered above, so a missing one is a programming error caught by tests.
        library.render(model, withTemplate: template) ?? "<!doctype html><title>Signpost</title><p>This page could not be shown.</p>"
    }
}
