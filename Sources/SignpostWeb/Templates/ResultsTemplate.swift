/// `/search`: results with filters, crisis routes first when the words were urgent, and a
/// helpful page (wider radius, related needs) when nothing matched.
enum ResultsTemplate {
    static let name = "results"
    static let text = """
    {{<layout}}{{$title}}{{#hasErrors}}Error: {{/hasErrors}}{{heading}} – Signpost{{/title}}{{$main}}
    {{>error-summary}}
    {{#hasErrors}}<h1>Find support near you</h1>
    {{>search-form}}{{/hasErrors}}
    {{^hasErrors}}
    <h1 id="results-heading">{{heading}}</h1>
    {{#corrections}}<p class="notice">{{.}}</p>{{/corrections}}
    {{#hasCrisis}}<section class="crisis" id="crisis" aria-labelledby="crisis-heading">
    <h2 id="crisis-heading">Get help now</h2>
    <p>If you are in danger or very unwell now, call <a href="tel:999">999</a>. On chemotherapy with a high temperature, ring your 24-hour acute oncology line or 999.</p>
    <ul class="results">{{#crisis}}<li>{{>service-card}}</li>{{/crisis}}</ul>
    </section>{{/hasCrisis}}
    {{#notes}}<p class="notice">{{.}}</p>{{/notes}}
    <details class="no-print"{{#refineOpen}} open{{/refineOpen}}><summary>Change your search</summary>{{>search-form}}</details>
    <form class="filters" id="filters-form" action="/search" method="get" aria-label="Filter results">
    {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
    <div class="row">
    <div class="field choice"><input type="checkbox" id="filter-open-now" name="open_now" value="1"{{#filters.openNow}} checked{{/filters.openNow}}><label for="filter-open-now">Open now</label></div>
    <div class="field choice"><input type="checkbox" id="filter-free" name="free" value="1"{{#filters.free}} checked{{/filters.free}}><label for="filter-free">Free</label></div>
    <div class="field choice"><input type="checkbox" id="filter-wheelchair" name="wheelchair" value="1"{{#filters.wheelchair}} checked{{/filters.wheelchair}}><label for="filter-wheelchair">Wheelchair access</label></div>
    <div class="field"><label for="filter-delivery">How</label><br><select id="filter-delivery" name="delivery">{{#filters.deliveryOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/filters.deliveryOptions}}</select></div>
    <div class="field"><label for="filter-language">Language</label><br><select id="filter-language" name="language">{{#filters.languageOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/filters.languageOptions}}</select></div>
    <div class="field"><label for="sort">Order</label><br><select id="sort" name="sort">{{#filters.sortOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/filters.sortOptions}}</select></div>
    <div class="field"><button type="submit" id="apply-filters" class="secondary">Apply</button></div>
    </div>
    </form>
    {{#hasResults}}<ol class="results" id="results" aria-labelledby="results-heading">{{#results}}<li>{{>service-card}}</li>{{/results}}</ol>
    {{#pagination}}<nav class="pagination" aria-label="Pages of results">{{#previous}}<a rel="prev" href="{{.}}">Previous page</a>{{/previous}}<span>Page {{page}} of {{pages}}</span>{{#next}}<a rel="next" href="{{.}}">Next page</a>{{/next}}</nav>{{/pagination}}{{/hasResults}}
    {{^hasResults}}<div id="no-results" class="notice">
    <h2>No services found</h2>
    <p>Nothing matched{{#filtersActive}} with these filters{{/filtersActive}}. You could:</p>
    <ul>
    {{#clearFilters}}<li><a href="{{.}}">Show results without filters</a></li>{{/clearFilters}}
    {{#widen}}<li><a href="{{href}}">Look further away (within {{miles}} miles)</a></li>{{/widen}}
    {{#related}}<li><a href="{{href}}">Look for {{name}}</a></li>{{/related}}
    <li><a href="/">Start a new search</a></li>
    </ul>
    </div>{{/hasResults}}
    {{/hasErrors}}
    {{/main}}{{/layout}}
    """
}
