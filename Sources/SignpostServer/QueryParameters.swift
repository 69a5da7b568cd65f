import Foundation

/// A request's query string, decoded once: `+` is a space (as HTML forms send it), percent escapes
/// are decoded, and a parameter may repeat (`need=money&need=food`).
struct QueryParameters {
    private(set) var pairs: [(String, String)] = []

    init(_ query: String?) throws(APIError) {
        guard let query, !query.isEmpty else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.decode(pieces[0]) else { throw APIError.invalidParameter(String(pieces[0]), "is not valid percent-encoding") }
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            guard let value else { throw APIError.invalidParameter(key, "is not valid percent-encoding") }
            pairs.append((key, value))
        }
    }

    static func decode(_ raw: Substring) -> String? {
        raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    func first(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }
    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    /// A number parameter, or a clear error if it is not one.
    func double(_ name: String) throws(APIError) -> Double? {
        guard let raw = first(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let value = Double(raw), value.isFinite else { throw APIError.invalidParameter(name, "must be a number") }
        return value
    }

    func int(_ name: String) throws(APIError) -> Int? {
        guard let raw = first(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let value = Int(raw) else { throw APIError.invalidParameter(name, "must be a whole number") }
        return value
    }

    /// `need`, repeatable or comma-separated, lower-cased, blanks dropped.
    var needs: [String] {
        all("need").flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// A yes/no parameter as forms send it: absent, empty, 0/false/no/off are no; 1/true/yes/on are yes.
    func bool(_ name: String) throws(APIError) -> Bool {
        guard let raw = first(name)?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        switch raw {
        case "", "0", "false", "no", "off": return false
        case "1", "true", "yes", "on": return true
        default: throw APIError.invalidParameter(name, "must be true or false")
        }
    }
}
