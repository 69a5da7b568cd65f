/// One concern from a Holistic Needs Assessment: a checklist item (`hna.money_housing`) or a
/// need slug standing in for one, scored 0–10, or simply ticked (no score).
public struct HNAConcern: Hashable, Sendable, Codable {
    public var item: String
    public var score: Int?

    public init(item: String, score: Int? = nil) {
        self.item = item
        self.score = score
    }
}

/// What is wrong with an HNA request, said so a link worker can fix it.
public enum HNAError: Error, Equatable, Sendable, CustomStringConvertible {
    case noConcerns
    case tooManyConcerns(Int)
    case unknownItem(String)
    case scoreOutOfRange(String, Int)

    public var description: String {
        switch self {
        case .noConcerns: return "Tick or score at least one concern (a score above 0)."
        case .tooManyConcerns(let max): return "At most \(max) concerns can be sent at once."
        case .unknownItem(let item): return "\"\(item)\" is not an HNA checklist item (like hna.money_housing) or a need (like money)."
        case .scoreOutOfRange(let item, let score): return "The score for \(item) is \(score); scores run from 0 to 10."
        }
    }

    /// The item the error is about, so a page can put the message beside its field.
    public var item: String? {
        switch self {
        case .unknownItem(let item), .scoreOutOfRange(let item, _): return item
        default: return nil
        }
    }
}
