import Foundation

/// A full UK unit postcode, valid by construction.
///
/// Accepts any case and spacing ("dd14hn", " DD1  4HN ") and keeps the Royal Mail display form
/// ("DD1 4HN"). Shapes: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA and GIR 0AA.
/// Letter-position rules follow BS 7666, except that the third position of `A9A` also allows the
/// letters of retired W1 sub-districts, which still appear in NSPL (see postcodes.md §1).
///
///     try Postcode("dh13le").normalised   // "DH1 3LE"
public struct Postcode: Hashable, Codable, Sendable, CustomStringConvertible {
    /// Display form with one space: "DD1 4HN".
    public let normalised: String

    public init(_ raw: String) throws(PostcodeError) {
        let compact = try PostcodeText.compact(raw)
        guard compact.count >= 5, compact.count <= 7 else {
            throw .malformed(raw.trimmingWhitespace())
        }
        let outward = String(compact.dropLast(3))
        let inward = String(compact.suffix(3))
        guard compact == "GIR0AA" || (Outcode.isValid(outward) && Self.isValidInward(inward)) else {
            throw .malformed(raw.trimmingWhitespace())
        }
        normalised = outward + " " + inward
    }

    /// The part before the space: "DD1".
    public var outcode: String { String(normalised.split(separator: " ")[0]) }
    /// Outcode plus the first inward digit: "DD1 4".
    public var sector: String { String(normalised.dropLast(2)) }
    /// Without the space, as a lookup key: "DD14HN".
    public var compact: String { normalised.replacingOccurrences(of: " ", with: "") }
    public var description: String { normalised }

    static func isValidInward(_ inward: String) -> Bool {
        let chars = Array(inward)
        guard chars.count == 3, chars[0].isASCIIDigit else { return false }
        return chars[1...].allSatisfy { PostcodeText.inwardLetters.contains($0) }
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(raw) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(normalised)
    }
}

/// Validation of outward codes ("DD1", "EC1A", "W1A").
public enum Outcode {
    public static func isValid(_ outward: String) -> Bool {
        let c = Array(outward)
        guard (2...4).contains(c.count), c[0].isASCIILetter, PostcodeText.firstLetters.contains(c[0]) else { return false }
        switch c.count {
        case 2:  // A9
            return c[1].isASCIIDigit
        case 3:  // A99, AA9, A9A
            if c[1].isASCIIDigit && c[2].isASCIIDigit { return true }
            if c[1].isASCIILetter && c[2].isASCIIDigit { return PostcodeText.secondLetters.contains(c[1]) }
            if c[1].isASCIIDigit && c[2].isASCIILetter { return PostcodeText.thirdLetters.contains(c[2]) }
            return false
        default: // AA99, AA9A
            guard c[1].isASCIILetter, PostcodeText.secondLetters.contains(c[1]), c[2].isASCIIDigit else { return false }
            if c[3].isASCIIDigit { return true }
            return PostcodeText.fourthLetters.contains(c[3])
        }
    }
}

/// Shared character rules and clean-up for postcode-like input.
enum PostcodeText {
    static let firstLetters = Set("ABCDEFGHIJKLMNOPRSTUWYZ")          // never Q, V, X
    static let secondLetters = Set("ABCDEFGHKLMNOPQRSTUVWXY")         // never I, J, Z
    // BS 7666 allows ABCDEFGHJKPSTUW; M N R V X Y are retired W1 sub-districts still in NSPL.
    static let thirdLetters = Set("ABCDEFGHJKMNPRSTUVWXY")
    static let fourthLetters = Set("ABEHMNPRVWXY")
    static let inwardLetters = Set("ABDEFGHJLNPQRSTUWXYZ")            // never C I K M O V

    /// Upper-cases and removes whitespace, rejecting anything a postcode cannot contain.
    static func compact(_ raw: String) throws(PostcodeError) -> String {
        let trimmed = raw.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .empty }
        guard raw.count <= 16 else { throw .tooLong(raw.count) }
        var out = ""
        for ch in trimmed {
            if ch.isWhitespace { continue }
            if ch == "-" { throw .hyphenated }
            guard ch.isASCII, ch.isLetter || ch.isNumber else { throw .invalidCharacter(ch) }
            out.append(Character(ch.uppercased()))
        }
        guard out.count <= 8 else { throw .tooLong(out.count) }
        return out
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
