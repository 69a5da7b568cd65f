import SignpostCore

/// `/`: the search form (and, after an empty or broken search, its errors).
struct HomePageModel {
    let chrome = PageChrome.resident
    let hasErrors: Bool
    let errors: [FieldError]
    let form: SearchFormModel

    init(query: SearchPageQuery, errors: [FieldError], taxonomy: Taxonomy) {
        var form = SearchFormModel(postcode: query.postcode, needs: query.needs, q: query.q)
        form.prepare(taxonomy: taxonomy, errors: errors)
        self.form = form
        self.errors = errors
        hasErrors = !errors.isEmpty
    }
}
