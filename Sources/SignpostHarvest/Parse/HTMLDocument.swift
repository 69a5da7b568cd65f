import CLibXML2
import Foundation

/// A parsed HTML page for XPath queries. libxml2's HTML parser with recovery and no network,
/// never `NOENT` or `HUGE`; the text is UTF-8 before it gets here (see `TextEncoding`).
///
/// Wraps a C document: a final class, owned by one task, explicitly not `Sendable`.
public final class HTMLDocument {
    private let document: htmlDocPtr
    public let url: String

    private static let initialise: Void = { xmlInitParser() }()

    public init?(html: String, url: String) {
        _ = Self.initialise
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        var bytes = Array(html.utf8)
        if bytes.isEmpty { bytes = Array("<html></html>".utf8) }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), url, "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
        self.url = url
    }

    deinit { xmlFreeDoc(document) }

    /// Nodes matching `xpath`, relative to `node` when given. Nil when the expression does not compile.
    public func select(_ xpath: String, from node: HTMLNode? = nil) -> [HTMLNode]? {
        guard let context = xmlXPathNewContext(document) else { return nil }
        defer { xmlXPathFreeContext(context) }
        if let node { context.pointee.node = node.pointer }
        guard let result = xmlXPathEvalExpression(xpath, context) else { return nil }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let table = set.pointee.nodeTab else {
            // A string or number result (e.g. normalize-space(...)) comes back as one text value.
            if result.pointee.type == XPATH_STRING, let value = result.pointee.stringval {
                return [HTMLNode(pointer: nil, document: self, literal: String(cString: value))]
            }
            return []
        }
        return (0..<Int(set.pointee.nodeNr)).compactMap { table[$0].map { HTMLNode(pointer: $0, document: self) } }
    }

    /// Whether an XPath expression compiles (for recipe validation).
    public static func compiles(_ xpath: String) -> Bool {
        _ = initialise
        guard let compiled = xmlXPathCompile(xpath) else { return false }
        xmlXPathFreeCompExpr(compiled)
        return true
    }

    /// `href` resolved against this page's URL.
    public func resolve(_ href: String) -> String? {
        guard let built = xmlBuildURI(href, url) else { return nil }
        defer { cxml_free(built) }
        return String(cString: built)
    }
}

/// A node of an `HTMLDocument`, valid while the document lives.
public struct HTMLNode {
    let pointer: xmlNodePtr?
    let document: HTMLDocument
    var literal: String?

    init(pointer: xmlNodePtr?, document: HTMLDocument, literal: String? = nil) {
        self.pointer = pointer
        self.document = document
        self.literal = literal
    }

    /// The text content with whitespace runs collapsed.
    public var text: String {
        if let literal { return literal.collapsingWhitespace() }
        guard let pointer, let content = xmlNodeGetContent(pointer) else { return "" }
        defer { cxml_free(content) }
        return String(cString: content).collapsingWhitespace()
    }

    public func attribute(_ name: String) -> String? {
        guard let pointer, let value = xmlGetProp(pointer, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// Raw text of a node (no whitespace collapsing): JSON-LD script bodies.
    public var rawText: String {
        if let literal { return literal }
        guard let pointer, let content = xmlNodeGetContent(pointer) else { return "" }
        defer { cxml_free(content) }
        return String(cString: content)
    }
}

extension String {
    func collapsingWhitespace() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
