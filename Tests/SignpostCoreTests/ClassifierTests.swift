import Testing
import TestSupport
@testable import SignpostCore

@Suite("Need classifier")
struct ClassifierTests {
    let classifier: NeedClassifier

    init() throws {
        classifier = NeedClassifier(index: SynonymIndex(taxonomy: try Fixtures.taxonomy()))
    }

    // Each description avoids the need's own category words.
    @Test("services described in their own words get the right need", arguments: [
        ("Claims clinic", "We go through every benefit you might be entitled to and fill in the Attendance Allowance form with you.", "money"),
        ("Tuesday pantry", "Pick up a parcel of groceries and toiletries, no questions asked; referral from your GP or link worker.", "food"),
        ("Warm Homes visits", "An adviser checks your prepayment meter, helps with the Warm Home Discount and fuel vouchers.", "energy"),
        ("Friendship calls", "A volunteer rings you every week for a chat, so you are not on your own between hospital visits.", "loneliness"),
        ("Time for you", "Short breaks and a sitting service for people looking after a husband or wife with cancer.", "carers"),
        ("Scanxiety group", "A calm space to talk when you are anxious, frightened or overwhelmed before results.", "emotional"),
        ("Hospital car scheme", "Volunteer drivers take you to hospital appointments and wait to bring you home.", "transport"),
        ("Headwear afternoon", "Try on wigs and headscarves in private with a trained volunteer after hair loss.", "body-image"),
        ("Getting Your Affairs in Order", "Help to write a will and set up a lasting power of attorney.", "planning-ahead"),
    ])
    func classifies(name: String, description: String, need: String) {
        let result = classifier.classify(name: name, description: description)
        #expect((result.needs[need] ?? 0) >= 0.5, "\(name): \(result.needs)")
    }

    @Test("a book club with money in its name is not money advice")
    func bookClub() {
        let result = classifier.classify(name: "Money Matters Book Club",
                                         description: "A friendly reading group that meets monthly in the library to talk about novels over tea.")
        #expect(result.needs["money"] == nil, "\(result.needs)")
    }

    @Test("a counselling service that mentions crisis numbers is not itself a crisis route")
    func notUrgent() {
        let result = classifier.classify(name: "Counselling", description: "Weekly counselling. If you feel suicidal, ring 999.")
        #expect(result.needs["urgent"] == nil)
        #expect(result.needs["emotional"] != nil)
    }

    @Test("weak words alone tag nothing")
    func weakWords() {
        let result = classifier.classify(name: "Open day", description: "Come along, we will be at home all day.")
        #expect(result.needs["housing"] == nil)
        #expect(result.needs["planning-ahead"] == nil)
    }
}
