/// One service in a list: what it is, where, when, how to get in touch, cost, when last checked.
enum ServiceCardPartial {
    static let name = "service-card"
    static let text = """
    <article class="service-card" id="service-{{id}}" aria-labelledby="service-{{id}}-name">
    <h2 id="service-{{id}}-name"><a href="/services/{{id}}">{{name}}</a>{{#urgent}} <span class="badge urgent-badge">Urgent help</span>{{/urgent}}</h2>
    <p class="organisation">{{organisation}}</p>
    <p class="summary">{{summary}}</p>
    <ul class="facts">
    {{#distance}}<li class="distance">{{.}} away</li>{{/distance}}{{#covers}}<li class="covers-area">{{.}}</li>{{/covers}}
    {{#hoursLine}}<li class="hours">{{.}}{{#openNow}} <span class="badge open-now">Open now</span>{{/openNow}}{{#closedNow}} <span class="badge closed-now">Closed now</span>{{/closedNow}}{{#nextChange}} <span class="next-change">({{.}})</span>{{/nextChange}}</li>{{/hoursLine}}
    {{#deliveryLine}}<li class="delivery">{{.}}</li>{{/deliveryLine}}
    {{#cost}}<li class="cost">Cost: {{.}}</li>{{/cost}}
    {{#hasContact}}<li class="contact">{{#phone}}<a href="{{telHref}}">Call {{display}}</a>{{/phone}}{{#email}}<a href="mailto:{{.}}">Email {{.}}</a>{{/email}}</li>{{/hasContact}}
    {{#lastChecked}}<li class="last-checked">Last checked {{.}}{{#stale}} <strong class="stale">– over a year ago: check with them before you go</strong>{{/stale}}</li>{{/lastChecked}}
    </ul>
    </article>
    """
}
