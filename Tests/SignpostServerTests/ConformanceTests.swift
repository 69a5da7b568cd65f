import Foundation
import Testing
import TestSupport

/// The ORUK validator's Level 1 checks and JSON Schema validation of `/oruk` payloads, run by
/// Python's `jsonschema` (no Swift JSON Schema package resolves here) against a live server.
@Suite("Open Referral conformance")
struct ConformanceTests {
    /// A Python that has jsonschema, if this machine has one.
    static let python = PythonTools.python(importing: "jsonschema")

    @Test("/oruk payloads validate against the HSDS 3.0 UK schemas; pages are consistent; listed ids resolve",
          .enabled(if: python != nil, "needs python3 with jsonschema (installed by .ci/run)"))
    func validates() async throws {
        let directory = try await SeededDatabases.shared.make()
        let (status, output) = try await withServer(directory) { server in
            let result = try await ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"),
                                                    [Self.python!, Fixtures.root.appendingPathComponent("Tests/Conformance/validate_oruk.py").path,
                                                     "http://127.0.0.1:\(server.port)"])
            return (result.status, result.stdout + result.stderr)
        }
        #expect(status == 0, "\(output)")
        #expect(output.contains("0 problems"))
    }
}
