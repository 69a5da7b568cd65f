/// `/shortlists/{id}`: the printable list, one service never split across pages.
enum ShortlistTemplate {
    static let name = "shortlist"
    static let text = """
    {{<layout}}{{$title}}Shortlist of support – Signpost{{/title}}{{$main}}
    <h1>Shortlist of support</h1>
    <p>Made on {{created}}. This shortlist will be deleted on {{expires}}.</p>
    <div class="actions no-print">
    <button type="button" id="print-button" hidden>Print this list</button>
    <a id="plain-text" href="/shortlists/{{id}}/text">Plain text version (to paste into an email or letter)</a>
    </div>
    {{#entries}}<article class="shortlist-item" aria-labelledby="item-{{position}}">
    <h2 id="item-{{position}}">{{position}}. {{name}}</h2>
    {{#withdrawn}}<p>This service is no longer listed in the directory.</p>{{/withdrawn}}
    {{^withdrawn}}
    <p class="organisation">{{organisation}}</p>
    {{#needName}}<p class="need"><strong>For:</strong> {{.}}</p>{{/needName}}
    <p>{{summary}}</p>
    <dl class="details">
    {{#phone}}<dt>Phone</dt><dd><a href="{{telHref}}">{{display}}</a></dd>{{/phone}}
    {{#email}}<dt>Email</dt><dd><a href="mailto:{{.}}">{{.}}</a></dd>{{/email}}
    {{#website}}<dt>Website</dt><dd class="website"><a href="{{.}}" rel="noopener noreferrer nofollow">{{.}}</a></dd>{{/website}}
    {{#addresses}}<dt>Address</dt><dd class="address">{{.}}</dd>{{/addresses}}
    {{#hoursText}}<dt>Opening times</dt><dd class="hours">{{.}}</dd>{{/hoursText}}
    {{#cost}}<dt>Cost</dt><dd>{{.}}</dd>{{/cost}}
    </dl>
    {{/withdrawn}}
    </article>{{/entries}}
    {{/main}}{{/layout}}
    """
}
