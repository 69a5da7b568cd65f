/// Why a piece of text is not a UK postcode, in words a resident can act on.
public enum PostcodeError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case tooLong(Int)
    case invalidCharacter(Character)
    case hyphenated
    case malformed(String)

    public var description: String {
        switch self {
        case .empty:
            return "Enter a postcode, for example DD1 4HN."
        case .tooLong(let count):
            return "A postcode is at most 8 characters; this has \(count)."
        case .invalidCharacter(let character):
            return "A postcode contains only letters, digits and a space, not \"\(character)\"."
        case .hyphenated:
            // KY1-1234 is a Cayman Islands code; stripping the hyphen would turn it into Kirkcaldy.
            return "Postcodes do not contain hyphens; write it like KY1 1AA."
        case .malformed(let text):
            return "\"\(text)\" is not a UK postcode; they look like DD1 4HN, E1 6AN or DH1 3LE."
        }
    }
}
