/// `/hna`: the link worker enters a postcode and the person's concerns from the checklist
/// (ticked, or scored 0–10); after submitting, suggestions grouped by need to pick for a shortlist.
enum HNATemplate {
    static let name = "hna"
    static let text = """
    {{<layout}}{{$title}}{{#hasErrors}}Error: {{/hasErrors}}{{#hasSuggestions}}Suggestions – {{/hasSuggestions}}Holistic Needs Assessment signposting – Signpost{{/title}}{{$main}}
    {{>error-summary}}
    <h1>{{#hasSuggestions}}Suggested support{{/hasSuggestions}}{{^hasSuggestions}}Signposting from a Holistic Needs Assessment{{/hasSuggestions}}</h1>
    {{#hasSuggestions}}
    <p>For concerns near {{placeLabel}}, most pressing first. Tick the services to put on a shortlist you can print or send.</p>
    {{#notes}}<p class="notice">{{.}}</p>{{/notes}}
    <form id="shortlist-form" method="post" action="/shortlists">
    {{#carry}}<input type="hidden" name="{{name}}" value="{{value}}">{{/carry}}
    {{#groups}}<section class="need-group" id="group-{{need}}" aria-labelledby="group-{{need}}-heading">
    <h2 id="group-{{need}}-heading">{{name}}</h2>
    <p class="hint">For: {{concernsLine}}{{#widened}}. Little was close by, so this looks within {{.}} miles{{/widened}}</p>
    {{#hasSuggestions}}<ul>{{#suggestions}}<li class="suggestion"><input type="checkbox" name="pick" value="{{pickValue}}" id="pick-{{id}}-{{need}}"{{#picked}} checked{{/picked}}><div><label for="pick-{{id}}-{{need}}"><strong>{{name}}</strong> – {{organisation}}</label>
    <p class="reason">{{reason}}{{#alsoHelps}} Also helps with {{.}}.{{/alsoHelps}}</p>
    <p class="reason"><a href="/services/{{id}}">Details</a>{{#phone}} · <a href="{{telHref}}">{{display}}</a>{{/phone}}</p></div></li>
    {{/suggestions}}</ul>{{/hasSuggestions}}
    {{^hasSuggestions}}<p>No services for this need were found within 50 miles.</p>{{/hasSuggestions}}
    </section>
    {{/groups}}
    <div class="actions"><button type="submit" id="make-shortlist">Make a shortlist</button></div>
    </form>
    <details class="no-print"><summary>Change the concerns</summary>{{>hna-form}}</details>
    {{/hasSuggestions}}
    {{^hasSuggestions}}
    <p>Enter the person's postcode and the concerns they raised. Give each a score from 0 to 10 if you scored them, or just tick it. Nothing you enter here is stored.</p>
    {{>hna-form}}
    {{/hasSuggestions}}
    {{/main}}{{/layout}}
    """
}

enum HNAFormPartial {
    static let name = "hna-form"
    static let text = """
    <form id="hna-form" method="post" action="/hna">
    <div class="field{{#postcodeError}} field-error{{/postcodeError}}">
    <label for="hna-postcode">Their postcode</label>
    <p class="hint" id="hna-postcode-hint">Only used to find services nearby; not stored.</p>
    {{#postcodeError}}<p class="error-message" id="hna-postcode-error"><span class="visually-hidden">Error: </span>{{.}}</p>{{/postcodeError}}
    <input class="postcode" type="text" id="hna-postcode" name="postcode" value="{{postcode}}" autocomplete="off" spellcheck="false" aria-describedby="hna-postcode-hint{{#postcodeError}} hna-postcode-error{{/postcodeError}}"{{#postcodeError}} aria-invalid="true"{{/postcodeError}}>
    </div>
    {{#concernsError}}<p class="error-message" id="concerns-error">{{.}}</p>{{/concernsError}}
    {{#sections}}<fieldset class="hna-section"{{#concernsError}} aria-describedby="concerns-error"{{/concernsError}}>
    <legend>{{heading}}</legend>
    {{#items}}<div class="hna-item{{#error}} field-error{{/error}}">
    <div class="concern"><input type="checkbox" name="concern" value="{{key}}" id="concern-{{slug}}"{{#ticked}} checked{{/ticked}}><label for="concern-{{slug}}">{{label}}</label></div>
    <div class="score"><label for="score-{{slug}}">Score<span class="visually-hidden"> for {{label}}</span> (0–10)</label> <input type="number" min="0" max="10" step="1" inputmode="numeric" name="score.{{key}}" id="score-{{slug}}" value="{{score}}"{{#error}} aria-invalid="true" aria-describedby="score-{{slug}}-error"{{/error}}></div>
    {{#error}}<p class="error-message" id="score-{{slug}}-error">{{.}}</p>{{/error}}
    </div>{{/items}}
    </fieldset>{{/sections}}
    <button type="submit" id="suggest-button">Suggest services</button>
    </form>
    """
}
