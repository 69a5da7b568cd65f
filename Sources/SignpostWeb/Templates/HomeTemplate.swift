/// `/`: the resident's search.
enum HomeTemplate {
    static let name = "home"
    static let text = """
    {{<layout}}{{$title}}{{#hasErrors}}Error: {{/hasErrors}}Find local support – Signpost{{/title}}{{$main}}
    {{>error-summary}}
    <h1>Find support near you</h1>
    <p>Help with money, heating bills, getting around, caring for someone, feeling low and more – for people living with cancer or another long-term condition, and the people who care for them.</p>
    {{>search-form}}
    <div class="help-now">
    <h2>Need help now?</h2>
    <p>If someone is in danger or very unwell, call <a href="tel:999">999</a>. For urgent medical help that is not an emergency, call <a href="tel:111">111</a>. On chemotherapy with a high temperature, ring your 24-hour acute oncology line straight away.</p>
    </div>
    {{/main}}{{/layout}}
    """
}
