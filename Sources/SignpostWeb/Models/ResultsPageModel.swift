import SignpostCore

/// `/search`, filled from a `SearchResponse` (or from the errors that stopped one).
struct ResultsPageModel {
    struct Option { let value: String; let label: String; let selected: Bool }
    struct Filters {
        let openNow: Bool
        let free: Bool
        let wheelchair: Bool
        let deliveryOptions: [Option]
        let languageOptions: [Option]
        let sortOptions: [Option]
    }
    struct Pagination { let page: Int; let pages: Int; let previous: String?; let next: String? }
    struct Link { let href: String; let name: String }
    struct Widen { let href: String; let miles: Int }
    struct Hidden { let name: String; let value: String }

    /// Languages offered in the filter: the community languages most often listed in UK directories.
    static let languages = ["Arabic", "Bengali", "British Sign Language", "Cantonese", "English", "Farsi", "French", "Gaelic",
                            "Gujarati", "Hindi", "Kurdish", "Lithuanian", "Mandarin", "Polish", "Portuguese", "Punjabi",
                            "Romanian", "Russian", "Somali", "Spanish", "Sylheti", "Tamil", "Turkish", "Ukrainian", "Urdu", "Welsh"]

    let chrome = PageChrome.resident
    let hasErrors: Bool
    let errors: [FieldError]
    let form: SearchFormModel
    let heading: String
    let corrections: [String]
    let notes: [String]
    let hasCrisis: Bool
    let crisis: [ServiceCardModel]
    let hasResults: Bool
    let results: [ServiceCardModel]
    let pagination: Pagination?
    let refineOpen: Bool
    let hidden: [Hidden]
    let filters: Filters
    let filtersActive: Bool
    let clearFilters: String?
    let widen: [Widen]
    let related: [Link]

    init(query: SearchPageQuery, response: SearchResponse?, errors: [FieldError], taxonomy: Taxonomy, now: UKTime) {
        var form = SearchFormModel(postcode: query.postcode, needs: query.needs, q: query.q)
        form.prepare(taxonomy: taxonomy, errors: errors)
        self.form = form
        self.errors = errors
        hasErrors = !errors.isEmpty
        refineOpen = false
        hidden = query.searchFields.map { Hidden(name: $0.name, value: $0.value) }
        filtersActive = query.filtersActive
        filters = Filters(
            openNow: query.openNow, free: query.free, wheelchair: query.wheelchair,
            deliveryOptions: [Option(value: "", label: "Any way", selected: query.delivery.isEmpty)]
                + SearchFilters.deliveryModes.map { Option(value: $0, label: DeliveryWords.labels[$0] ?? $0, selected: query.delivery == $0) },
            languageOptions: [Option(value: "", label: "Any language", selected: query.language.isEmpty)]
                + Self.languages.map { Option(value: $0, label: $0, selected: query.language.caseInsensitiveCompare($0) == .orderedSame) },
            sortOptions: [Option(value: "relevance", label: "Best match", selected: query.sort != "distance"),
                          Option(value: "distance", label: "Nearest first", selected: query.sort == "distance")])

        let cards = (response?.results ?? []).map { ServiceCardModel($0, now: now) }
        crisis = cards.filter(\.urgent)
        hasCrisis = !crisis.isEmpty
        results = cards.filter { !$0.urgent }
        hasResults = !cards.isEmpty
        let total = response?.total ?? 0
        heading = Self.heading(total: total, query: query, response: response, taxonomy: taxonomy)
        corrections = (response?.query.corrections ?? []).map { "Showing results for \"\($0.to)\" instead of \"\($0.from)\"." }
        notes = (response?.query.notes ?? []).filter { !(response?.query.urgent ?? false) || !$0.contains("999") }
        if let response, total > response.limit {
            let pages = (total + response.limit - 1) / response.limit
            pagination = Pagination(page: response.page, pages: pages,
                                    previous: response.page > 1 ? query.with { $0.page = response.page - 1 }.href : nil,
                                    next: response.page < pages ? query.with { $0.page = response.page + 1 }.href : nil)
        } else {
            pagination = nil
        }
        clearFilters = query.filtersActive ? query.with {
            $0.openNow = false; $0.free = false; $0.wheelchair = false; $0.delivery = ""; $0.language = ""; $0.page = 1
        }.href : nil
        let radius = response?.query.radiusKilometres ?? SearchRequest.defaultRadiusKilometres
        widen = query.postcode.isEmpty ? [] : [25.0, 50.0].filter { $0 > radius }.prefix(1).map { km in
            Widen(href: query.with { $0.radiusKilometres = km; $0.page = 1 }.href, miles: PlainDistance.wholeMiles(km))
        }
        let asked = Set(response?.query.needs ?? query.needs)
        let relatedSlugs = asked.flatMap { taxonomy.need($0)?.related ?? [] }.filter { !asked.contains($0) }
        var seen = Set<String>()
        related = relatedSlugs.filter { seen.insert($0).inserted }.prefix(4).compactMap { slug in
            taxonomy.need(slug).map { need in Link(href: query.with { $0.needs = [slug]; $0.q = ""; $0.page = 1 }.href, name: need.name) }
        }
    }

    static func heading(total: Int, query: SearchPageQuery, response: SearchResponse?, taxonomy: Taxonomy) -> String {
        let count = total == 1 ? "1 service" : "\(total) services"
        let needs = (response?.query.needs ?? query.needs).compactMap { taxonomy.need($0)?.name }
        var what = ""
        if !query.needs.isEmpty, !needs.isEmpty {
            what = " for " + needs.prefix(3).joined(separator: ", ")
        } else if !query.q.isEmpty {
            what = " for \u{201C}\(query.q.prefix(80))\u{201D}"
        }
        let place = response?.query.place?.postcode.map { " near \($0)" } ?? (query.postcode.isEmpty ? "" : " near \(query.postcode.uppercased())")
        return count + what + place
    }
}
