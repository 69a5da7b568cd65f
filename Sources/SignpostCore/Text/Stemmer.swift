/// A light English suffix stripper for matching synonyms against text.
///
/// Not Porter (FTS5 does real Porter stemming in the index); it only needs to give the same stem to
/// the forms a synonym and a description are likely to use: "benefits"/"benefit",
/// "entitled"/"entitlement", "isolated"/"isolation", "housing"/"house", "counselling"/"counsel".
/// Short tokens (abbreviations such as "aa", "uc", "esa") are left alone.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        var w = word
        if w.hasSuffix("sses") { w.removeLast(2) }
        else if w.hasSuffix("ies"), w.count > 4 { w.removeLast(3); w += "y" }
        else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { w.removeLast() }

        for (suffix, replacement) in suffixes where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            let stemPart = String(w.dropLast(suffix.count))
            guard stemPart.contains(where: { "aeiouy".contains($0) }) else { continue }
            w = stemPart + replacement
            break
        }
        if w.count > 4, let last = w.last, let prev = w.dropLast().last, last == prev, !"aeiousz".contains(last) {
            w.removeLast()
        }
        if w.count > 3, w.hasSuffix("e") { w.removeLast() }
        if w.count > 3, w.hasSuffix("y"), let prev = w.dropLast().last, !"aeiou".contains(prev) {
            w.removeLast(); w += "i"
        }
        return w
    }

    public static func stems(_ words: [String]) -> [String] { words.map(stem) }

    // Longest first; each strips an ending that adds no meaning for matching.
    private static let suffixes: [(String, String)] = [
        ("iness", "y"), ("fulness", ""), ("ousness", "ous"), ("ational", "at"), ("ation", "at"),
        ("ness", ""), ("ment", ""), ("ing", ""), ("ed", ""), ("ly", ""),
    ]
}
