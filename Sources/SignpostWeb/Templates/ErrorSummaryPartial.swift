/// The box at the top of a page that lists what to fix, each linked to its field.
enum ErrorSummaryPartial {
    static let name = "error-summary"
    static let text = """
    {{#hasErrors}}<div class="error-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">There is a problem</h2>
    <ul>{{#errors}}<li><a href="#{{field}}">{{message}}</a></li>{{/errors}}</ul>
    </div>{{/hasErrors}}
    """
}
