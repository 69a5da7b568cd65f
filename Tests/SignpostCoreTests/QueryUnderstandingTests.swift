import Testing
import TestSupport
@testable import SignpostCore

@Suite("Query understanding")
struct QueryUnderstandingTests {
    let interpreter: QueryInterpreter
    let index: SynonymIndex

    init() throws {
        index = SynonymIndex(taxonomy: try Fixtures.taxonomy())
        interpreter = QueryInterpreter(index: index)
    }

    func needs(_ text: String, nation: Nation? = .england) -> [String] {
        interpreter.understand(needs: [], text: text, nation: nation).textNeeds
    }

    @Test("phrases win over their words", arguments: [
        ("can't pay bills", "money"), ("cant pay my bills", "money"), ("no energy", "fatigue"),
        ("energy bill", "energy"), ("hot meals", "food"), ("hot flushes", "symptoms"),
        ("sore mouth", "eating"), ("sick pay", "money"), ("stairs at home", "housing"),
        ("can not sleep", "sleep"), ("help at home", "daily-living"),
    ])
    func phrasesFirst(text: String, need: String) {
        #expect(needs(text).contains(need), "\(text) → \(needs(text))")
    }

    @Test("\"no energy\" is tiredness, not heating")
    func energyVersusFatigue() {
        #expect(!needs("I have no energy").contains("energy"))
        #expect(!needs("my energy bill").contains("fatigue"))
    }

    @Test("common misspellings still find the right need", arguments: [
        ("councelling", "emotional"), ("debts advise", "money"), ("benifits", "money"),
        ("foodbank", "food"), ("lonley", "loneliness"),
    ])
    func misspellings(text: String, need: String) {
        let understood = interpreter.understand(needs: [], text: text, nation: .england)
        #expect(understood.textNeeds.contains(need), "\(text) → \(understood.textNeeds)")
    }

    @Test("a place name is not corrected into a taxonomy word")
    func knownWordsStay() {
        let understood = interpreter.understand(needs: [], text: "dundee", nation: .scotland, isKnownWord: { $0 == "dundee" })
        #expect(understood.corrections.isEmpty)
        #expect(understood.textWords == ["dundee"])
    }

    @Test("abbreviations match whole words only")
    func abbreviations() {
        #expect(needs("help with my PIP form").contains("money"))
        #expect(!needs("pipe burst").contains("money"))
        #expect(!needs("aardvark").contains("money"))
    }

    @Test("PIP and ADP are one search, named as the person's nation calls it")
    func nationVariants() {
        let scotland = interpreter.understand(needs: [], text: "PIP forms", nation: .scotland)
        #expect(scotland.textGroups.contains { $0.contains("pip") && $0.contains("adp") })
        #expect(scotland.nationNotes.first?.contains("Adult Disability Payment") == true)
        let england = interpreter.understand(needs: [], text: "ADP forms", nation: .england)
        #expect(england.nationNotes.first?.contains("Personal Independence Payment") == true)
        let sameNation = interpreter.understand(needs: [], text: "ADP", nation: .scotland)
        #expect(sameNation.nationNotes.isEmpty)
        let welfare = interpreter.understand(needs: [], text: "scottish welfare fund", nation: .england)
        #expect(welfare.textGroups.contains { $0.contains("local welfare provision") })
    }

    @Test("urgent phrasings are flagged", arguments: [
        "thinking of ending my life", "high temperature after chemo", "I feel suicidal", "I want to end it all",
        "unsafe at home",
    ])
    func urgent(text: String) {
        #expect(interpreter.understand(needs: [], text: text, nation: nil).urgent, "\(text)")
    }

    @Test("ordinary worries are not urgent", arguments: ["worried about money", "feeling low", "tired all the time"])
    func notUrgent(text: String) {
        #expect(!interpreter.understand(needs: [], text: text, nation: nil).urgent)
    }

    @Test("filler words never become search terms")
    func stopwords() {
        let understood = interpreter.understand(needs: [], text: "I need some help near me with the garden", nation: nil)
        #expect(understood.textWords == ["garden"])
    }

    @Test("asking for a helpline is noticed")
    func helpline() {
        #expect(interpreter.understand(needs: [], text: "benefits helpline", nation: nil).wantsHelpline)
    }
}

@Suite("FTS5 safety")
struct FTSPatternTests {
    @Test("user text can never be FTS5 syntax", arguments: [
        "\"money", "food*", "heating AND", "NEAR(", ":", "^", "a OR b NOT c", "col:val", "(((", "\"\"\"", "-x", "+y", "{name}:z",
    ])
    func hostile(text: String) {
        let words = TextNormaliser.words(text)
        for word in words { #expect(word.allSatisfy { $0.isLetter || $0.isNumber }) }
        if let pattern = FTSPattern.all(words.map { [$0] }) {
            // Every token is inside double quotes; operators between them are ours.
            let stripped = pattern.replacingOccurrences(of: "\"[a-z0-9 ]+\"", with: "T", options: .regularExpression)
            #expect(stripped.allSatisfy { "T()ORAND ".contains($0) }, "\(pattern)")
        }
    }

    @Test("groups are alternatives joined by AND")
    func groups() {
        #expect(FTSPattern.all([["pip", "adp"], ["forms"]]) == "(\"pip\" OR \"adp\") AND (\"forms\")")
        #expect(FTSPattern.all([]) == nil)
        #expect(FTSPattern.all([["***"]]) == nil)
    }

    @Test("apostrophes join words; accents fold")
    func normalising() {
        #expect(TextNormaliser.words("Can't pay — Carer’s Allowance, café") == ["cant", "pay", "carers", "allowance", "cafe"])
        #expect(TextNormaliser.words("I cannot sleep") == ["i", "cant", "sleep"])
    }
}
