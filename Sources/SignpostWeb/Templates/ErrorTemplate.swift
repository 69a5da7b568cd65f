/// A page for "not found" and other dead ends, with a way back.
enum ErrorTemplate {
    static let name = "error"
    static let text = """
    {{<layout}}{{$title}}{{heading}} – Signpost{{/title}}{{$main}}
    <h1>{{heading}}</h1>
    <p>{{message}}</p>
    <p><a href="/">Search for support</a></p>
    {{/main}}{{/layout}}
    """
}
