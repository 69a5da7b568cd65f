/// A UUID-shaped id derived from a name, the same every time: Open Referral requires UUIDs for
/// every id, and services Signpost seeded or crawled have only names like `seed:citizens-advice-dundee`.
///
/// Deriving the id (instead of storing a random one) keeps it stable across re-seeds and
/// rebuilt databases, so directories that harvest us see the same service under the same id.
/// Version 8 ("custom") with the RFC 9562 variant bits; the 128 bits are two 64-bit FNV-1a hashes.
///
///     StableUUID.make("seed:citizens-advice-dundee")   // "3f0c…-…-8…-…"
public enum StableUUID {
    public static func make(_ name: String) -> String {
        var high: UInt64 = 0xcbf2_9ce4_8422_2325, low: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in name.utf8 {
            high = (high ^ UInt64(byte)) &* 0x100_0000_01b3
            low = (low ^ UInt64(byte ^ 0x5a)) &* 0x100_0000_01b3
        }
        low = (low ^ high) &* 0x100_0000_01b3
        high = (high & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000   // version 8
        low = (low & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000     // variant 10
        let hex = hex16(high) + hex16(low)
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }

    static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Whether `text` is written as a UUID (8-4-4-4-12 hex digits), as HSDS ids must be.
    public static func isUUID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}
