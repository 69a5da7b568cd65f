import Foundation
import SignpostCore
import Yams

/// Reads recipe files and checks them: unknown keys, XPath that does not compile, schemes other
/// than http/https, start URLs outside the allowed hosts, unknown needs and kinds — each with the
/// file, line and reason.
public struct RecipeLoader: Sendable {
    let taxonomy: Taxonomy?

    public init(taxonomy: Taxonomy? = nil) { self.taxonomy = taxonomy }

    static let topKeys: Set<String> = ["id", "name", "type", "licence", "attribution", "start_urls", "allowed_hosts", "follow",
                                       "detail_url_contains", "fields", "categories", "politeness"]
    static let followKeys: Set<String> = ["listing", "pagination", "detail"]
    static let politenessKeys: Set<String> = ["delay_seconds", "concurrency", "max_pages"]
    static let categoryKeys: Set<String> = ["needs", "kinds"]

    /// Every `*.yml` in `folder`, with all problems found.
    public func loadAll(folder: URL) -> (recipes: [Recipe], problems: [RecipeProblem]) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
        var recipes: [Recipe] = []
        var problems: [RecipeProblem] = []
        for file in files {
            let result = load(file: folder.appendingPathComponent(file))
            if let recipe = result.recipe, result.problems.isEmpty { recipes.append(recipe) }
            problems += result.problems
        }
        return (recipes, problems)
    }

    public func load(file: URL) -> (recipe: Recipe?, problems: [RecipeProblem]) {
        let name = file.lastPathComponent
        guard let data = try? Data(contentsOf: file), data.count < 1_000_000 else {
            return (nil, [RecipeProblem(file: name, line: 1, reason: "cannot read the file (or it is over 1 MB)")])
        }
        return parse(String(decoding: data, as: UTF8.self), file: name)
    }

    public func parse(_ text: String, file: String) -> (recipe: Recipe?, problems: [RecipeProblem]) {
        var problems: [RecipeProblem] = []
        func problem(_ node: Node?, _ reason: String) {
            problems.append(RecipeProblem(file: file, line: node?.mark?.line ?? 1, reason: reason))
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else { return (nil, [RecipeProblem(file: file, line: 1, reason: "the file is empty")]) }
            root = composed
        } catch let error as YamlError {
            return (nil, [RecipeProblem(file: file, line: Self.line(of: error), reason: "not valid YAML: \(error)")])
        } catch {
            return (nil, [RecipeProblem(file: file, line: 1, reason: "not valid YAML: \(error)")])
        }
        guard let top = root.mapping else { return (nil, [RecipeProblem(file: file, line: 1, reason: "a recipe is a mapping of keys")]) }

        func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, context: String) {
            for (key, _) in mapping where !allowed.contains(key.string ?? "") {
                problem(key, "unknown key \"\(key.string ?? "?")\"\(context.isEmpty ? "" : " in \(context)") (known: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
        func string(_ key: String, in mapping: Node.Mapping?) -> (String, Node)? {
            guard let node = mapping?[key] else { return nil }
            guard let value = node.string else { problem(node, "\(key) must be text"); return nil }
            return (value, node)
        }
        func strings(_ key: String, in mapping: Node.Mapping?) -> [(String, Node)] {
            guard let node = mapping?[key] else { return [] }
            if let value = node.string { return [(value, node)] }
            guard let sequence = node.sequence else { problem(node, "\(key) must be a list"); return [] }
            return sequence.compactMap { item in
                guard let value = item.string else { problem(item, "\(key) entries must be text"); return nil }
                return (value, item)
            }
        }
        func xpath(_ value: String, _ node: Node, _ what: String) {
            if !HTMLDocument.compiles(value) { problem(node, "\(what): the XPath does not compile: \(value)") }
        }

        checkKeys(top, allowed: Self.topKeys, context: "")
        let id = string("id", in: top)
        if id == nil { problems.append(RecipeProblem(file: file, line: 1, reason: "id is required")) }
        if let (value, node) = id, value.isEmpty || !value.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) {
            problem(node, "id must be lower-case letters, digits and dashes")
        }
        var type = Recipe.SourceType.html
        if let (value, node) = string("type", in: top) {
            if let known = Recipe.SourceType(rawValue: value) { type = known } else {
                problem(node, "unknown type \"\(value)\" (use \(Recipe.SourceType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        // Fixture recipes use {base} and {host}, filled in with the test server's address at run time.
        let hosts = strings("allowed_hosts", in: top).map { $0.0.lowercased() }
        let sampleHosts = hosts.map { $0.replacingOccurrences(of: "{host}", with: "fixture.invalid") }
        if hosts.isEmpty { problems.append(RecipeProblem(file: file, line: 1, reason: "allowed_hosts is required")) }
        let starts = strings("start_urls", in: top)
        if starts.isEmpty { problems.append(RecipeProblem(file: file, line: 1, reason: "start_urls is required")) }
        for (url, node) in starts {
            let sample = url.replacingOccurrences(of: "{base}", with: "http://fixture.invalid")
            guard let components = URLComponents(string: sample), let scheme = components.scheme?.lowercased() else {
                problem(node, "not a URL: \(url)"); continue
            }
            if scheme != "http" && scheme != "https" { problem(node, "only http and https are allowed, not \(scheme): \(url)"); continue }
            let host = components.host?.lowercased() ?? ""
            if !sampleHosts.contains(host) { problem(node, "host \(host) is not in allowed_hosts") }
        }
        var follow = Recipe.Follow()
        if let node = top["follow"] {
            if let mapping = node.mapping {
                checkKeys(mapping, allowed: Self.followKeys, context: "follow")
                for key in Self.followKeys.sorted() {
                    guard let (value, valueNode) = string(key, in: mapping) else { continue }
                    xpath(value, valueNode, "follow.\(key)")
                    switch key {
                    case "listing": follow.listing = value
                    case "pagination": follow.pagination = value
                    default: follow.detail = value
                    }
                }
            } else { problem(node, "follow must be a mapping") }
        }
        var fields: [String: String] = [:]
        if let node = top["fields"] {
            if let mapping = node.mapping {
                checkKeys(mapping, allowed: Recipe.fieldNames, context: "fields")
                for (key, value) in mapping {
                    guard let name = key.string, Recipe.fieldNames.contains(name) else { continue }
                    guard let expression = value.string else { problem(value, "fields.\(name) must be an XPath"); continue }
                    xpath(expression, value, "fields.\(name)")
                    fields[name] = expression
                }
            } else { problem(node, "fields must be a mapping") }
        }
        if type == .html && fields["name"] == nil && top["fields"] != nil || type == .html && top["fields"] == nil { problems.append(RecipeProblem(file: file, line: 1, reason: "an html recipe needs fields.name")) }
        var categories: [String: Recipe.CategoryMapping] = [:]
        if let node = top["categories"] {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    guard let label = key.string, let entry = value.mapping else { problem(value, "categories entries map a label to needs and kinds"); continue }
                    checkKeys(entry, allowed: Self.categoryKeys, context: "categories.\(label)")
                    let needs = strings("needs", in: entry), kinds = strings("kinds", in: entry)
                    for (need, needNode) in needs where taxonomy != nil && taxonomy?.need(need) == nil { problem(needNode, "unknown need \"\(need)\"") }
                    for (kind, kindNode) in kinds where taxonomy != nil && taxonomy?.kind(kind) == nil { problem(kindNode, "unknown service kind \"\(kind)\"") }
                    categories[label.lowercased()] = .init(needs: needs.map(\.0), kinds: kinds.map(\.0))
                }
            } else { problem(node, "categories must be a mapping") }
        }
        var politeness = Recipe.Politeness()
        if let node = top["politeness"] {
            if let mapping = node.mapping {
                checkKeys(mapping, allowed: Self.politenessKeys, context: "politeness")
                if let (value, n) = string("delay_seconds", in: mapping) {
                    if let d = Double(value), d >= 0, d <= 60 { politeness.delaySeconds = d } else { problem(n, "delay_seconds must be 0…60") }
                }
                if let (value, n) = string("concurrency", in: mapping) {
                    if let c = Int(value), (1...4).contains(c) { politeness.concurrency = c } else { problem(n, "concurrency must be 1…4") }
                }
                if let (value, n) = string("max_pages", in: mapping) {
                    if let m = Int(value), (1...100_000).contains(m) { politeness.maxPages = m } else { problem(n, "max_pages must be 1…100000") }
                }
            } else { problem(node, "politeness must be a mapping") }
        }
        guard let (idValue, _) = id else { return (nil, problems) }
        let recipe = Recipe(id: idValue, name: string("name", in: top)?.0 ?? idValue, type: type,
                            licence: string("licence", in: top)?.0, attribution: string("attribution", in: top)?.0,
                            startURLs: starts.map(\.0), allowedHosts: hosts, follow: follow,
                            detailURLContains: string("detail_url_contains", in: top)?.0, fields: fields,
                            categories: categories, politeness: politeness, file: file)
        return (problems.isEmpty ? recipe : recipe, problems)
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }
}
