import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which peer addresses the harvester may connect to.
///
/// Checked on the *resolved* address at connect time, every hop, so DNS rebinding and odd
/// spellings (`0177.0.0.1`, `2130706433`, `::ffff:10.0.0.1`) cannot reach private, link-local,
/// multicast, unspecified or cloud-metadata addresses. Loopback is refused too unless listed —
/// tests and benchmarks list exactly the loopback addresses their fixture servers use.
public struct AddressPolicy: Sendable, Equatable {
    public var allowedLoopback: Set<String>

    public init(allowedLoopback: Set<String> = []) {
        self.allowedLoopback = allowedLoopback
    }

    /// Production: public addresses only.
    public static let publicOnly = AddressPolicy()

    /// Nil when the address may be used; otherwise why not.
    public func refusal(for address: String) -> String? {
        guard let parsed = IPAddress(address) else { return "\(address) is not an IP address" }
        let category = parsed.category
        if category == .public { return nil }
        if category == .loopback, allowedLoopback.contains(parsed.description) { return nil }
        return "\(parsed.description) is \(category.rawValue)"
    }
}

/// An IPv4 or IPv6 address, parsed from any spelling the C resolver accepts.
public enum IPAddress: Hashable, Sendable, CustomStringConvertible {
    case v4(UInt32)
    case v6([UInt8])

    public enum Category: String, Sendable {
        case `public` = "public"
        case loopback = "a loopback address"
        case privateNetwork = "a private network address"
        case linkLocal = "a link-local address"
        case metadata = "a cloud metadata address"
        case multicast = "a multicast address"
        case unspecified = "an unspecified address"
        case reserved = "a reserved or documentation address"
    }

    public init?(_ text: String) {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]") { trimmed = String(trimmed.dropFirst().dropLast()) }
        if let percent = trimmed.firstIndex(of: "%") { trimmed = String(trimmed[..<percent]) }   // zone id
        if trimmed.contains(":") {
            var storage = in6_addr()
            guard inet_pton(AF_INET6, trimmed, &storage) == 1 else { return nil }
            self = .v6(withUnsafeBytes(of: storage) { Array($0) })
            return
        }
        // inet_aton takes the classic spellings too: 2130706433, 0177.0.0.1, 0x7f.1, 127.1.
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == "x" || $0 == "X" }) else { return nil }
        var storage = in_addr()
        guard inet_aton(trimmed, &storage) != 0 else { return nil }
        self = .v4(UInt32(bigEndian: storage.s_addr))
    }

    public var description: String {
        switch self {
        case .v4(let value):
            return [24, 16, 8, 0].map { String((value >> UInt32($0)) & 0xff) }.joined(separator: ".")
        case .v6(let bytes):
            var storage = in6_addr()
            withUnsafeMutableBytes(of: &storage) { $0.copyBytes(from: bytes) }
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            inet_ntop(AF_INET6, &storage, &buffer, socklen_t(buffer.count))
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    public var category: Category {
        switch self {
        case .v4(let a): return Self.categorise(v4: a)
        case .v6(let b): return Self.categorise(v6: b)
        }
    }

    static func categorise(v4 a: UInt32) -> Category {
        func inNet(_ base: UInt32, _ bits: UInt32) -> Bool { bits == 0 || (a >> (32 - bits)) == (base >> (32 - bits)) }
        if a == 0xA9FE_A9FE { return .metadata }                                  // 169.254.169.254
        if inNet(0x6440_0000, 10) && a == 0x64_64_64_C8 { return .metadata }       // 100.100.100.200 (Alibaba)
        if inNet(0x0000_0000, 8) { return a == 0 ? .unspecified : .reserved }      // 0.0.0.0/8
        if inNet(0x7F00_0000, 8) { return .loopback }
        if inNet(0x0A00_0000, 8) || inNet(0xAC10_0000, 12) || inNet(0xC0A8_0000, 16) { return .privateNetwork }
        if inNet(0x6440_0000, 10) { return .privateNetwork }                       // 100.64/10 carrier-grade NAT
        if inNet(0xA9FE_0000, 16) { return .linkLocal }
        if inNet(0xE000_0000, 4) { return .multicast }
        if inNet(0xF000_0000, 4) { return .reserved }                              // 240/4 incl. broadcast
        if inNet(0xC000_0000, 24) || inNet(0xC000_0200, 24) || inNet(0xC633_6400, 24) || inNet(0xCB00_7100, 24)
            || inNet(0xC612_0000, 15) { return .reserved }                         // 192.0.0/24, TEST-NETs, 198.18/15
        return .public
    }

    static func categorise(v6 b: [UInt8]) -> Category {
        let high = b.prefix(12)
        // IPv4-mapped ::ffff:a.b.c.d and NAT64 64:ff9b::a.b.c.d carry an IPv4 address: judge that.
        if high == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff] || high == [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0] {
            let v4 = b.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            return categorise(v4: v4)
        }
        if b.allSatisfy({ $0 == 0 }) { return .unspecified }
        if b.prefix(15).allSatisfy({ $0 == 0 }) && b[15] == 1 { return .loopback }
        if b.prefix(12).allSatisfy({ $0 == 0 }) { return .reserved }               // deprecated IPv4-compatible
        if b[0] & 0xfe == 0xfc { return .privateNetwork }                          // fc00::/7
        if b[0] == 0xfe && b[1] & 0xc0 == 0x80 { return .linkLocal }               // fe80::/10
        if b[0] == 0xff { return .multicast }
        if b[0] == 0xfd && b[1] == 0 && b[2] == 0x0e && b[3] == 0xc2 { return .metadata }   // fd00:ec2::254 (inside fc00::/7 anyway)
        if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8 { return .reserved } // 2001:db8::/32
        if b[0] == 0x01 && b[1] == 0 && b[2...7].allSatisfy({ $0 == 0 }) { return .reserved } // 100::/64 discard
        return .public
    }
}
