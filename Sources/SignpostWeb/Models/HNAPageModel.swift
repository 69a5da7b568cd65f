import Foundation
import SignpostCore

/// The link worker's HNA form as submitted: postcode, ticked items and scores (raw, to refill).
public struct HNAFormInput: Sendable, Equatable {
    public var postcode = ""
    public var ticked: Set<String> = []
    public var scores: [String: String] = [:]
    public var picked: Set<String> = []

    public init() {}

    /// Concerns to send: every ticked item and every item with a score, and the items whose
    /// score is not a whole number from 0 to 10 (for the page to flag).
    public func concerns(scale: ClosedRange<Int> = 0...10) -> (concerns: [HNAConcern], invalid: [String]) {
        var concerns: [HNAConcern] = []
        var invalid: [String] = []
        for key in Set(ticked).union(scores.keys).sorted() {
            let raw = scores[key]?.trimmingCharacters(in: .whitespaces) ?? ""
            if raw.isEmpty {
                if ticked.contains(key) { concerns.append(HNAConcern(item: key)) }
            } else if let score = Int(raw), scale.contains(score) {
                concerns.append(HNAConcern(item: key, score: score))
            } else {
                invalid.append(key)
            }
        }
        return (concerns, invalid)
    }

    /// "hna.money_housing" → "money_housing": the part of an item's key its form fields' ids use.
    public static func fieldSlug(_ key: String) -> String { key.hasPrefix("hna.") ? String(key.dropFirst(4)) : key }

    /// The form fields again as hidden inputs, so the shortlist form can redo the suggestions.
    var carried: [(name: String, value: String)] {
        [("postcode", postcode)] + ticked.sorted().map { ("concern", $0) }
            + scores.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { ("score.\($0.key)", $0.value) }
    }
}

/// `/hna`: the checklist form, and after it the suggestions to pick from.
struct HNAPageModel {
    struct Item { let key: String; let slug: String; let label: String; let ticked: Bool; let score: String; let error: String? }
    struct Section { let heading: String; let items: [Item] }
    struct Suggestion {
        let id: Int64
        let need: String
        let name: String
        let organisation: String
        let reason: String
        let alsoHelps: String?
        let phone: PhoneLink?
        let pickValue: String
        let picked: Bool
    }
    struct Group {
        let need: String
        let name: String
        let concernsLine: String
        let widened: Int?
        let hasSuggestions: Bool
        let suggestions: [Suggestion]
    }
    struct Hidden { let name: String; let value: String }

    let chrome = PageChrome.linkWorker
    let hasErrors: Bool
    let errors: [FieldError]
    let postcode: String
    let postcodeError: String?
    let concernsError: String?
    let sections: [Section]
    let hasSuggestions: Bool
    let placeLabel: String
    let notes: [String]
    let groups: [Group]
    let carry: [Hidden]

    init(input: HNAFormInput, suggestions: HNASuggestions?, errors: [FieldError], taxonomy: Taxonomy) {
        self.errors = errors
        hasErrors = !errors.isEmpty
        postcode = input.postcode
        postcodeError = errors.first { $0.field == "hna-postcode" }?.message
        concernsError = errors.first { $0.field == "concerns" }?.message
        var sections: [Section] = []
        for item in taxonomy.hnaChecklist.items {
            let slug = Self.slug(item.key)
            let model = Item(key: item.key, slug: slug, label: item.label, ticked: input.ticked.contains(item.key),
                             score: input.scores[item.key] ?? "", error: errors.first { $0.field == "score-\(slug)" }?.message)
            if sections.last?.heading == item.heading {
                sections[sections.count - 1] = Section(heading: item.heading, items: sections[sections.count - 1].items + [model])
            } else {
                sections.append(Section(heading: item.heading, items: [model]))
            }
        }
        self.sections = sections
        hasSuggestions = suggestions != nil
        placeLabel = suggestions?.place.postcode ?? input.postcode.uppercased()
        notes = suggestions?.notes ?? []
        groups = (suggestions?.groups ?? []).map { group in
            let concerns = group.concerns.map { c in c.score.map { "\(c.label) (scored \($0))" } ?? "\(c.label) (ticked)" }
            return Group(
                need: group.need, name: group.name, concernsLine: concerns.joined(separator: ", "),
                widened: group.radiusKilometres > SearchRequest.defaultRadiusKilometres ? PlainDistance.wholeMiles(group.radiusKilometres) : nil,
                hasSuggestions: !group.suggestions.isEmpty,
                suggestions: group.suggestions.map { s in
                    let value = "\(s.result.service.id):\(group.need)"
                    return Suggestion(id: s.result.service.id, need: group.need, name: s.result.service.name,
                                      organisation: s.result.service.organisation.name, reason: s.reason,
                                      alsoHelps: s.alsoHelps.isEmpty ? nil : s.alsoHelps.compactMap { taxonomy.need($0)?.name }.joined(separator: ", "),
                                      phone: PhoneLink(s.result.service.phone), pickValue: value, picked: input.picked.contains(value))
                })
        }
        carry = input.carried.map { Hidden(name: $0.name, value: $0.value) }
    }

    static func slug(_ key: String) -> String { HNAFormInput.fieldSlug(key) }
}
