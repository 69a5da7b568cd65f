import HTTPTypes
import Hummingbird

/// HTML, text and asset responses for the pages, with headers that keep them to this origin.
enum HTMLResponse {
    /// No script, style, font, image or frame from anywhere else; forms post only here.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static func page(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        make(html, type: "text/html; charset=utf-8", status: status, cache: "no-store")
    }

    static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        make(text, type: "text/plain; charset=utf-8", status: status, cache: "no-store")
    }

    static func asset(_ body: String, type: String) -> Response {
        make(body, type: type, status: .ok, cache: "public, max-age=3600")
    }

    static func redirect(to location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }

    static func make(_ body: String, type: String, status: HTTPResponse.Status, cache: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = cache
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
