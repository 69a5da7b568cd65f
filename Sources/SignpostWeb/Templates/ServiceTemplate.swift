/// `/services/{id}`: everything a person needs to get in touch, and how current it is.
enum ServiceTemplate {
    static let name = "service"
    static let text = """
    {{<layout}}{{$title}}{{service.name}} – Signpost{{/title}}{{$main}}
    <article class="service-detail" aria-labelledby="service-name">
    <h1 id="service-name">{{service.name}}</h1>
    <p class="organisation">Run by {{service.organisation}}</p>
    {{#service.paragraphs}}<p>{{.}}</p>{{/service.paragraphs}}
    {{#service.hasNeeds}}<p><strong>Helps with:</strong> {{#service.needLinks}}<a href="{{href}}">{{name}}</a>{{^last}}, {{/last}}{{/service.needLinks}}</p>{{/service.hasNeeds}}
    <section aria-labelledby="contact-heading">
    <h2 id="contact-heading">How to get in touch</h2>
    <dl class="details contact">
    {{#service.phone}}<dt>Phone</dt><dd><a href="{{telHref}}">{{display}}</a></dd>{{/service.phone}}
    {{#service.email}}<dt>Email</dt><dd><a href="mailto:{{.}}">{{.}}</a></dd>{{/service.email}}
    {{#service.website}}<dt>Website</dt><dd class="website"><a href="{{.}}" rel="noopener noreferrer nofollow">{{.}}</a></dd>{{/service.website}}
    {{#service.deliveryLine}}<dt>How</dt><dd>{{.}}</dd>{{/service.deliveryLine}}
    </dl>
    {{^service.hasContact}}<p>No phone number or email is listed. Try the organisation's website or visit in person.</p>{{/service.hasContact}}
    </section>
    {{#service.hasLocations}}<section aria-labelledby="where-heading">
    <h2 id="where-heading">Where</h2>
    <ul class="plain-list">{{#service.locations}}<li class="address">{{#name}}<strong>{{.}}</strong><br>{{/name}}{{#address}}{{.}}{{/address}}{{#postcode}} {{.}}{{/postcode}}</li>{{/service.locations}}</ul>
    </section>{{/service.hasLocations}}
    <section aria-labelledby="hours-heading">
    <h2 id="hours-heading">Opening times</h2>
    {{#service.hasHours}}<ul class="plain-list hours">{{#service.hours}}<li>{{.}}</li>{{/service.hours}}</ul>{{#service.openNow}}<p><span class="badge open-now">Open now</span>{{#service.nextChange}} – {{.}}{{/service.nextChange}}</p>{{/service.openNow}}{{#service.closedNow}}<p><span class="badge closed-now">Closed now</span>{{#service.nextChange}} – {{.}}{{/service.nextChange}}</p>{{/service.closedNow}}{{/service.hasHours}}
    {{^service.hasHours}}<p>Opening times are not listed: contact them to check.</p>{{/service.hasHours}}
    </section>
    <section aria-labelledby="more-heading">
    <h2 id="more-heading">Good to know</h2>
    <dl class="details">
    {{#service.cost}}<dt>Cost</dt><dd class="cost">{{.}}</dd>{{/service.cost}}
    {{#service.eligibility}}<dt>Who it is for</dt><dd>{{.}}</dd>{{/service.eligibility}}
    {{#service.areaLine}}<dt>Area covered</dt><dd>{{.}}</dd>{{/service.areaLine}}
    {{#service.wheelchairLine}}<dt>Wheelchair access</dt><dd>{{.}}</dd>{{/service.wheelchairLine}}
    {{#service.languagesLine}}<dt>Languages</dt><dd>{{.}}</dd>{{/service.languagesLine}}
    {{#service.lastChecked}}<dt>Last checked</dt><dd class="last-checked">{{.}}{{#service.stale}} <strong class="stale">– over a year ago: check with them before you go</strong>{{/service.stale}}</dd>{{/service.lastChecked}}
    </dl>
    </section>
    </article>
    <p class="no-print"><a href="/">Search again</a></p>
    {{/main}}{{/layout}}
    """
}
