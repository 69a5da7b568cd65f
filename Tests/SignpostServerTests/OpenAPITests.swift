import Foundation
import Hummingbird
import Logging
import Testing
import TestSupport
import SignpostServer

@Suite("OpenAPI document")
struct OpenAPITests {
    @Test("every route the server registers is in the document, and every documented route is registered")
    func matchesRoutes() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        let router = try buildRouter(directory: directory, logger: Logger(label: "test"))
        let registered = router.routes.map { route -> String in
            let path = route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            return "\(route.method) /" + path.joined(separator: "/")
        }.sorted()
        #expect(registered == openAPIOperations)
    }

    @Test("the document is served as JSON")
    func served() async throws {
        let directory = try await SeededDatabases.shared.make(.geographyOnly)
        try await withServer(directory) { server in
            let reply = try await server.get("/v1/openapi.json")
            #expect(reply.status == 200)
            #expect(try reply.json()["openapi"] as? String == "3.1.0")
        }
    }
}
