import Foundation

/// robots.txt as RFC 9309 reads it: groups of user-agent lines with allow/disallow rules, the
/// longest matching rule wins (allow on a tie), `*` matches any run of characters and `$` ends a
/// pattern. `Crawl-delay` (not in the RFC, widely used) and `Sitemap` lines are kept too.
///
///     let robots = RobotsTxt(text, status: 200)
///     robots.isAllowed("/services/42", userAgent: "SignpostBot")
public struct RobotsTxt: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: String
    }

    struct Group: Sendable, Equatable {
        var agents: [String]
        var rules: [Rule]
        var crawlDelay: Double?
    }

    enum Verdict: Sendable, Equatable { case rules, allowAll, disallowAll }

    let groups: [Group]
    let verdict: Verdict
    public let sitemaps: [String]

    /// Only the first 500 KiB count (RFC 9309 §2.5).
    public static let maxBytes = 500 * 1024

    /// From a fetch: 2xx parses the body; other 4xx allow everything; 5xx and unreachable
    /// (status nil) disallow everything, as the RFC asks.
    public init(_ body: String, status: Int?) {
        switch status {
        case .some(200..<300): verdict = .rules
        case .some(400..<500): verdict = .allowAll
        default: verdict = .disallowAll
        }
        var groups: [Group] = []
        var sitemaps: [String] = []
        var current: Group?
        var lastWasAgent = false
        for rawLine in String(body.utf8.prefix(Self.maxBytes)).map({ String($0) })?.components(separatedBy: .newlines) ?? [] {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !lastWasAgent, let done = current { groups.append(done); current = nil }
                if current == nil { current = Group(agents: [], rules: []) }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard current != nil, !value.isEmpty else { continue }   // an empty disallow allows everything
                current?.rules.append(Rule(allow: key == "allow", pattern: value))
            case "crawl-delay":
                lastWasAgent = false
                if let seconds = Double(value), seconds >= 0 { current?.crawlDelay = seconds }
            case "sitemap":
                if !value.isEmpty { sitemaps.append(value) }
            default:
                continue
            }
        }
        if let done = current { groups.append(done) }
        self.groups = groups
        self.sitemaps = sitemaps
    }

    /// The groups that apply to `userAgent` (its product token, case-insensitive), combined;
    /// the `*` groups when none names it.
    func groups(for userAgent: String) -> [Group] {
        let token = Self.productToken(userAgent)
        let named = groups.filter { $0.agents.contains(token) }
        return named.isEmpty ? groups.filter { $0.agents.contains("*") } : named
    }

    public func isAllowed(_ path: String, userAgent: String) -> Bool {
        switch verdict {
        case .allowAll: return true
        case .disallowAll: return false
        case .rules: break
        }
        let target = path.isEmpty ? "/" : path
        if target == "/robots.txt" { return true }
        var best: Rule?
        for rule in groups(for: userAgent).flatMap(\.rules) where Self.matches(rule.pattern, target) {
            if best == nil || rule.pattern.utf8.count > best!.pattern.utf8.count
                || (rule.pattern.utf8.count == best!.pattern.utf8.count && rule.allow) {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    /// Seconds the group for `userAgent` asks between requests, if it says.
    public func crawlDelay(userAgent: String) -> Double? {
        groups(for: userAgent).compactMap(\.crawlDelay).max()
    }

    /// "SignpostBot/0.1 (+https://…)" → "signpostbot": letters, `_` and `-` only (RFC 9309 §2.2.1).
    static func productToken(_ userAgent: String) -> String {
        String(userAgent.prefix { $0.isLetter || $0 == "_" || $0 == "-" }).lowercased()
    }

    /// Pattern match with `*` (any run) and a trailing `$` (end of path); a plain pattern is a prefix.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Substring(Self.normalise(pattern))
        let path = Self.normalise(path)
        var anchored = false
        if pattern.hasSuffix("$") { anchored = true; pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var position = path.startIndex
        for (i, piece) in pieces.enumerated() {
            if i == 0 {
                guard path[position...].hasPrefix(piece) else { return false }
                position = path.index(position, offsetBy: piece.count)
                continue
            }
            if piece.isEmpty { continue }
            if i == pieces.count - 1 && anchored {
                return path[position...].hasSuffix(piece)
            }
            guard let found = path[position...].range(of: piece) else { return false }
            position = found.upperBound
        }
        return !anchored || position == path.endIndex || pieces.last?.isEmpty == true
    }

    /// Percent-encodings compare case-insensitively and unreserved characters decoded (§2.2.2).
    static func normalise(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var out = ""
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 2 < chars.count, let byte = UInt8(String(chars[(i + 1)...(i + 2)]), radix: 16) {
                let scalar = Unicode.Scalar(byte)
                if byte < 128, CharacterSet(charactersIn: "-._~").contains(scalar) || CharacterSet.alphanumerics.contains(scalar) {
                    out.append(Character(scalar))
                } else {
                    out += "%" + String(chars[(i + 1)...(i + 2)]).uppercased()
                }
                i += 3
                continue
            }
            out.append(chars[i])
            i += 1
        }
        chars.removeAll()
        return out
    }
}
