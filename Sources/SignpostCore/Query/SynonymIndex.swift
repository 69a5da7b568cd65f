/// The taxonomy's words, arranged for fast phrase-first matching of queries and service text.
///
/// Built once per taxonomy version. Phrases are keyed by their stemmed words, so "benefits" and
/// "benefit", "carer's allowance" and "carers allowance" meet.
public struct SynonymIndex: Sendable {
    public enum Target: Hashable, Sendable {
        case need(String, weak: Bool)
        case kind(String)
    }

    /// One phrase found in a run of words.
    public struct Hit: Hashable, Sendable {
        public var range: Range<Int>
        public var phrase: String
        public var targets: [Target]
    }

    public let taxonomy: Taxonomy
    private var phrases: [String: [Target]] = [:]
    private(set) var maxPhraseLength = 1
    /// Every word of every synonym, before stemming: the vocabulary for spelling correction.
    public private(set) var vocabulary: Set<String> = []
    private var vocabularyStems: Set<String> = []
    public let stopwords: Set<String>
    /// Whole-word-only terms ("pip", "aa"): never stemmed, so "pipe" is not "PIP".
    private let abbreviations: Set<String>
    private var misspellings: [String: [String]] = [:]
    /// Stemmed phrase → the nation-variant concept it names (PIP, ADP, …).
    private var variantConcepts: [String: Int] = [:]
    private(set) var maxVariantLength = 1

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        stopwords = Set(taxonomy.stopwords.flatMap(TextNormaliser.words))
        abbreviations = Set(taxonomy.abbreviations.flatMap(TextNormaliser.words))
        for need in taxonomy.needs {
            let weak = Set(need.weakSynonyms.map { TextNormaliser.words($0).joined(separator: " ") })
            var terms = need.synonyms
            // The slug itself is how people often say it ("housing", "carers"); "energy" alone is
            // ambiguous (bills or tiredness) and "urgent" is a flag, so neither stands for a need.
            if !["energy", "urgent"].contains(need.slug) { terms.append(need.slug.replacingDashes()) }
            for term in terms {
                let words = TextNormaliser.words(term)
                add(words, .need(need.slug, weak: weak.contains(words.joined(separator: " "))))
            }
        }
        for kind in taxonomy.serviceKinds {
            for term in [kind.name, kind.slug.replacingDashes()] + kind.synonyms {
                add(TextNormaliser.words(term), .kind(kind.slug))
            }
        }
        for (wrong, right) in taxonomy.misspellings {
            misspellings[TextNormaliser.words(wrong).joined(separator: " ")] = TextNormaliser.words(right)
        }
        for (index, variant) in taxonomy.nationVariants.enumerated() {
            for name in variant.allNames {
                let words = keys(TextNormaliser.words(name))
                variantConcepts[words.joined(separator: " ")] = index
                maxVariantLength = max(maxVariantLength, words.count)
            }
        }
    }

    private mutating func add(_ words: [String], _ target: Target) {
        guard !words.isEmpty else { return }
        vocabulary.formUnion(words)
        vocabularyStems.formUnion(words.map(Stemmer.stem))
        insert(keys(words).joined(separator: " "), target, length: words.count)
        // Also without filler words, so "can't pay my bills" meets "can't pay bills".
        let content = words.filter { !stopwords.contains($0) }
        if content.count >= 2 && content.count < words.count {
            insert(keys(content).joined(separator: " "), target, length: content.count)
        }
    }

    private mutating func insert(_ key: String, _ target: Target, length: Int) {
        var targets = phrases[key, default: []]
        if !targets.contains(target) { targets.append(target) }
        phrases[key] = targets
        maxPhraseLength = max(maxPhraseLength, length)
    }

    /// Matching keys: stems, except abbreviations, which are marked so they only meet themselves.
    func keys(_ words: [String]) -> [String] {
        words.map { abbreviations.contains($0) ? "=" + $0 : Stemmer.stem($0) }
    }

    /// Finds taxonomy phrases in `words`, longest first, left to right; each word is used once.
    ///
    ///     index.scan(["cant", "pay", "bills"])   // one hit: "cant pay bills" → money
    public func scan(_ words: [String]) -> [Hit] {
        let stems = keys(words)
        var hits: [Hit] = []
        var used = [Bool](repeating: false, count: words.count)
        var i = 0
        while i < stems.count {
            var matched = false
            for length in stride(from: min(maxPhraseLength, stems.count - i), through: 1, by: -1) {
                let key = stems[i..<(i + length)].joined(separator: " ")
                if let targets = phrases[key] {
                    hits.append(Hit(range: i..<(i + length), phrase: words[i..<(i + length)].joined(separator: " "),
                                    targets: targets))
                    for j in i..<(i + length) { used[j] = true }
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        // Second pass over the words left, skipping filler words, for multi-word phrases only.
        let rest = words.indices.filter { !used[$0] && !stopwords.contains(words[$0]) }
        var k = 0
        while k < rest.count {
            var step = 1
            for length in stride(from: min(maxPhraseLength, rest.count - k), through: 2, by: -1) {
                let positions = Array(rest[k..<(k + length)])
                guard positions.last! - positions.first! <= length + 2 else { continue }
                if let targets = phrases[positions.map { stems[$0] }.joined(separator: " ")] {
                    hits.append(Hit(range: positions.first!..<(positions.last! + 1),
                                    phrase: positions.map { words[$0] }.joined(separator: " "), targets: targets))
                    step = length
                    break
                }
            }
            k += step
        }
        return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Replaces known misspellings ("councelling") and, for longer words outside the taxonomy's
    /// vocabulary, the single closest taxonomy word within one edit (two for words of 8+ letters).
    ///
    /// `isKnownWord` lets the caller protect words its index knows (place names, "Dundee"), so a
    /// correct word is never "corrected" into a different one.
    public func correctSpelling(_ words: [String], isKnownWord: (String) -> Bool = { _ in false })
        -> (words: [String], corrections: [Correction]) {
        var out: [String] = []
        var corrections: [Correction] = []
        var i = 0
        while i < words.count {
            if i + 1 < words.count, let fixed = misspellings[words[i] + " " + words[i + 1]] {
                corrections.append(Correction(from: words[i] + " " + words[i + 1], to: fixed.joined(separator: " ")))
                out += fixed
                i += 2
                continue
            }
            let word = words[i]
            if let fixed = misspellings[word] {
                corrections.append(Correction(from: word, to: fixed.joined(separator: " ")))
                out += fixed
            } else if let fixed = closestWord(to: word, isKnownWord: isKnownWord) {
                corrections.append(Correction(from: word, to: fixed))
                out.append(fixed)
            } else {
                out.append(word)
            }
            i += 1
        }
        return (out, corrections)
    }

    private func closestWord(to word: String, isKnownWord: (String) -> Bool) -> String? {
        guard word.count >= 5, word.allSatisfy(\.isLetter), !stopwords.contains(word),
              !vocabulary.contains(word) else { return nil }
        if vocabularyStems.contains(Stemmer.stem(word)) { return nil }
        let limit = word.count >= 8 ? 2 : 1
        var best: (word: String, distance: Int)?
        var tie = false
        // Misspellings nearly always keep the first letter; "garden" is not a bad "warden".
        for candidate in vocabulary where candidate.count >= 4 && candidate.first == word.first {
            guard let d = EditDistance.distance(word, candidate, limit: limit) else { continue }
            if best == nil || d < best!.distance { best = (candidate, d); tie = false }
            else if d == best!.distance, candidate != best!.word { tie = true }
        }
        // Only now ask the (costlier) index whether the word is real, e.g. a place name.
        guard let best, !tie, !isKnownWord(word) else { return nil }
        return best.word
    }

    /// Nation variants named in `words` (PIP, Adult Disability Payment…), as index ranges.
    public func nationVariants(in words: [String]) -> [(range: Range<Int>, variant: NationVariant)] {
        let stems = keys(words)
        var found: [(Range<Int>, NationVariant)] = []
        var i = 0
        while i < stems.count {
            var step = 1
            for length in stride(from: min(maxVariantLength, stems.count - i), through: 1, by: -1) {
                if let index = variantConcepts[stems[i..<(i + length)].joined(separator: " ")] {
                    found.append((i..<(i + length), taxonomy.nationVariants[index]))
                    step = length
                    break
                }
            }
            i += step
        }
        return found
    }
}

/// A spelling the search forgave, reported back so the person sees what was searched.
public struct Correction: Hashable, Codable, Sendable {
    public var from: String
    public var to: String
}

extension String {
    func replacingDashes() -> String { split(separator: "-").joined(separator: " ") }
}
