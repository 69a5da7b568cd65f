/// Builds FTS5 MATCH expressions from plain words, the only way user text reaches FTS5.
///
/// Every word is double-quoted (after `TextNormaliser` it holds only letters and digits), so
/// `"money`, `food*`, `heating AND`, `NEAR(` and `^` are searched as words, never as syntax.
///
///     FTSPattern.all([["pip", "adp"], ["forms"]])   // ("pip" OR "adp") AND ("forms")
public enum FTSPattern {
    public static func all(_ groups: [[String]]) -> String? {
        let parts = groups.compactMap(group)
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    public static func any(_ groups: [[String]]) -> String? {
        let parts = groups.compactMap(group)
        return parts.isEmpty ? nil : parts.joined(separator: " OR ")
    }

    static func group(_ alternatives: [String]) -> String? {
        let phrases = alternatives.compactMap(phrase)
        return phrases.isEmpty ? nil : "(" + phrases.joined(separator: " OR ") + ")"
    }

    /// A quoted phrase of normalised words; re-normalises, so it is safe whatever it is given.
    static func phrase(_ text: String) -> String? {
        let words = TextNormaliser.words(text)
        guard !words.isEmpty else { return nil }
        return "\"" + words.joined(separator: " ") + "\""
    }
}
