import Foundation

/// Turns free text into comparable word tokens, the one way every part of Signpost reads words.
///
/// Lower-cases, folds accents, drops apostrophes inside words ("can't" → "cant", "carer's" →
/// "carers") and splits on everything else that is not a letter or digit, so FTS5 syntax
/// (`"`, `*`, `^`, `:`, parentheses) can never survive into a token.
///
///     TextNormaliser.words("Can't pay my PIP—help!")   // ["cant", "pay", "my", "pip", "help"]
public enum TextNormaliser {
    public static func words(_ text: String) -> [String] {
        // Plain ASCII (most input) needs no Unicode folding, which is costly.
        let folded = text.utf8.allSatisfy({ $0 < 128 }) ? asciiLowercased(text)
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var tokens: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" {
                continue  // apostrophes join: "can't" is one word
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return joinNegations(tokens)
    }

    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// "can not" / "cannot" → "cant", "do not" → "dont", "will not" → "wont": one spelling each.
    static func joinNegations(_ tokens: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t == "cannot" { out.append("cant"); i += 1; continue }
            if i + 1 < tokens.count, tokens[i + 1] == "not", let joined = negations[t] {
                out.append(joined)
                i += 2
                continue
            }
            out.append(t)
            i += 1
        }
        return out
    }

    static let negations = ["can": "cant", "do": "dont", "will": "wont", "does": "doesnt", "is": "isnt"]
}
