import Testing
@testable import SignpostHarvest

/// The refusal rules as a pure function: no packet is sent to any of these addresses.
@Suite("Address policy")
struct AddressPolicyTests {
    @Test("private, link-local, multicast, unspecified and metadata addresses are refused, in any spelling", arguments: [
        "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.1", "169.254.169.254", "169.254.0.1",
        "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250", "255.255.255.255", "100.64.0.1", "198.18.0.1",
        "192.0.2.1", "127.0.0.1", "127.0.0.2", "127.255.255.254",
        "0177.0.0.1", "2130706433", "0x7f000001", "0x7f.1", "127.1", "012.0.0.1", "3232235777",   // 192.168.1.1 as decimal
        "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "fe80::1%eth0", "ff02::1", "2001:db8::1",
        "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "[::1]",
    ])
    func refused(address: String) {
        #expect(AddressPolicy.publicOnly.refusal(for: address) != nil, "\(address)")
    }

    @Test("public addresses are allowed", arguments: [
        "8.8.8.8", "1.1.1.1", "81.2.69.160", "151.101.0.1", "172.32.0.1", "192.169.0.1", "2001:4860:4860::8888",
        "2a00:1450:4009:81f::200e", "::ffff:8.8.8.8",
    ])
    func allowed(address: String) {
        #expect(AddressPolicy.publicOnly.refusal(for: address) == nil, "\(address)")
    }

    @Test("loopback is allowed only where listed")
    func loopbackAllowList() {
        let tests = AddressPolicy(allowedLoopback: ["127.0.0.1"])
        #expect(tests.refusal(for: "127.0.0.1") == nil)
        #expect(tests.refusal(for: "0177.0.0.1") == nil)                     // the same address, spelled in octal
        #expect(tests.refusal(for: "127.0.0.2")?.contains("loopback") == true)
        #expect(tests.refusal(for: "10.0.0.1") != nil)                        // listing loopback opens nothing else
    }

    @Test("garbage is not an address", arguments: ["", "localhost", "example.org", "1.2.3.4.5", "::g", "999.1.1.1"])
    func garbage(text: String) {
        #expect(AddressPolicy.publicOnly.refusal(for: text) != nil)
    }

    @Test("spellings normalise to dotted quads")
    func spelling() {
        #expect(IPAddress("2130706433")?.description == "127.0.0.1")
        #expect(IPAddress("0x7f.1")?.description == "127.0.0.1")
        #expect(IPAddress("::ffff:10.0.0.1")?.category == .privateNetwork)
    }
}
