/// Reads a search: explicit need slugs plus free text → needs, kinds and safe full-text terms.
///
/// Phrases first ("can't afford to heat" → energy before "afford" → money), spelling forgiven,
/// filler words dropped. Whatever is left becomes FTS terms, which are only ever plain words.
public struct QueryInterpreter: Sendable {
    let index: SynonymIndex

    public init(index: SynonymIndex) { self.index = index }

    /// Words that mean "a phone line, please": national helplines then rank with local services.
    static let helplineWords: Set<String> = ["helpline", "helplines", "phone", "telephone", "call", "ring", "line", "hotline", "textline"]

    public func understand(needs explicit: [String], text: String?, nation: Nation?,
                           isKnownWord: (String) -> Bool = { _ in false }) -> UnderstoodQuery {
        var matches = explicit.map {
            UnderstoodQuery.NeedMatch(need: $0, origin: .explicit, phrase: nil, weak: false)
        }
        var kinds: [String] = []
        var groups: [[String]] = []
        var notes: [String] = []
        var corrections: [Correction] = []
        var wantsHelpline = false
        var phrases: [String] = []

        if let text, !text.isEmpty {
            let raw = TextNormaliser.words(String(text.prefix(500)))
            let corrected = index.correctSpelling(raw, isKnownWord: isKnownWord)
            corrections = corrected.corrections
            let words = corrected.words
            wantsHelpline = words.contains { Self.helplineWords.contains($0) }
            var used = Set<Int>()

            // Nation variants first: "PIP" must also find "ADP" services, and the answer names the
            // benefit as it is called where the person lives.
            for found in index.nationVariants(in: words) {
                let spoken = words[found.range].joined(separator: " ")
                groups.append(found.variant.allNames.map { TextNormaliser.words($0).joined(separator: " ") })
                let local = found.variant.names(in: nation)
                if let nation, !local.map({ TextNormaliser.words($0).joined(separator: " ") }).contains(spoken) {
                    notes.append("In \(nation.displayName) \(spoken.uppercasedIfAbbreviation(index.taxonomy.abbreviations)) is called \(local.joined(separator: " / ")).")
                }
                used.formUnion(found.range)
            }

            for hit in index.scan(words) {
                var strong = false
                for target in hit.targets {
                    switch target {
                    case .need(let slug, let weak):
                        strong = strong || !weak
                        if !matches.contains(where: { $0.need == slug && !$0.weak }) {
                            matches.removeAll { $0.need == slug && $0.weak }
                            matches.append(.init(need: slug, origin: .text, phrase: hit.phrase, weak: weak))
                        }
                    case .kind(let slug):
                        strong = true
                        if !kinds.contains(slug) { kinds.append(slug) }
                    }
                }
                // A strong phrase is fully understood; a weak word ("home") stays a search word too.
                if strong {
                    used.formUnion(hit.range)
                    if !phrases.contains(hit.phrase) { phrases.append(hit.phrase) }
                }
            }

            for (i, word) in words.enumerated() where !used.contains(i) {
                if index.stopwords.contains(word) || Self.helplineWords.contains(word) { continue }
                if word.count < 2 && !word.allSatisfy(\.isNumber) { continue }
                groups.append([word])
            }
        }

        // Kinds named in the text also stand for the needs they answer.
        for kind in kinds {
            for link in index.taxonomy.needs(forKind: kind) where link.primary {
                if !matches.contains(where: { $0.need == link.need }) {
                    matches.append(.init(need: link.need, origin: .text, phrase: index.taxonomy.kind(kind)?.name.lowercased(), weak: false))
                }
            }
        }
        let urgent = matches.contains { $0.need == "urgent" && !$0.weak }
        var understood = UnderstoodQuery(needs: matches, kinds: kinds, textGroups: dedupe(groups), corrections: corrections,
                                         urgent: urgent, wantsHelpline: wantsHelpline, nationNotes: notes)
        understood.needPhrases = phrases
        return understood
    }

    private func dedupe(_ groups: [[String]]) -> [[String]] {
        var seen = Set<[String]>()
        return groups.filter { seen.insert($0).inserted }
    }
}

extension String {
    func uppercasedIfAbbreviation(_ abbreviations: [String]) -> String {
        abbreviations.first { $0.lowercased() == self } ?? self
    }
}
