/// The search form, on the home page and above results: postcode, needs in plain words, own words.
/// Errors sit beside their field and are named in the page's error summary.
enum SearchFormPartial {
    static let name = "search-form"
    static let text = """
    <form id="search-form" action="/search" method="get" role="search" aria-label="Find support">
    <div class="field{{#form.postcodeError}} field-error{{/form.postcodeError}}">
    <label for="postcode">Postcode</label>
    <p class="hint" id="postcode-hint">For example DD1 4HN. The first part (DD1) is enough.</p>
    {{#form.postcodeError}}<p class="error-message" id="postcode-error"><span class="visually-hidden">Error: </span>{{.}}</p>{{/form.postcodeError}}
    <input class="postcode" type="text" id="postcode" name="postcode" value="{{form.postcode}}" autocomplete="postal-code" spellcheck="false" aria-describedby="postcode-hint{{#form.postcodeError}} postcode-error{{/form.postcodeError}}"{{#form.postcodeError}} aria-invalid="true"{{/form.postcodeError}}>
    </div>
    <fieldset class="field{{#form.needError}} field-error{{/form.needError}}"{{#form.needError}} aria-describedby="need-error"{{/form.needError}}>
    <legend>What would help?</legend>
    <p class="hint">Choose any that apply.</p>
    {{#form.needError}}<p class="error-message" id="need-error"><span class="visually-hidden">Error: </span>{{.}}</p>{{/form.needError}}
    <div class="choices">
    {{#form.needs}}<div class="choice"><input type="checkbox" name="need" value="{{slug}}" id="need-{{slug}}"{{#checked}} checked{{/checked}}><label for="need-{{slug}}">{{name}}</label></div>
    {{/form.needs}}</div>
    </fieldset>
    <div class="field{{#form.qError}} field-error{{/form.qError}}">
    <label for="q">Or say what you are looking for</label>
    <p class="hint" id="q-hint">In your own words, for example "help paying the gas bill".</p>
    {{#form.qError}}<p class="error-message" id="q-error"><span class="visually-hidden">Error: </span>{{.}}</p>{{/form.qError}}
    <input type="search" id="q" name="q" value="{{form.q}}" maxlength="500" aria-describedby="q-hint{{#form.qError}} q-error{{/form.qError}}"{{#form.qError}} aria-invalid="true"{{/form.qError}}>
    </div>
    <button type="submit" id="search-button">Search</button>
    </form>
    """
}
