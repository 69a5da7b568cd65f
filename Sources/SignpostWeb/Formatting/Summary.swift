import Foundation

/// Short forms of a service's own words, for lists.
enum Summary {
    /// The first sentence or two, at most about `limit` characters, cut at a word.
    static func of(_ text: String, limit: Int = 180) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > limit else { return trimmed }
        var result = ""
        for sentence in trimmed.split(separator: ".", omittingEmptySubsequences: true) {
            let candidate = result + sentence + "."
            if candidate.count > limit { break }
            result = candidate
        }
        if !result.isEmpty { return result.trimmingCharacters(in: .whitespaces) }
        let cut = trimmed.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    /// Paragraphs as the source separated them (blank lines or line breaks).
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
