import Foundation
import SignpostCore
import SignpostStore

/// Paths in this checkout, found from this file's location.
public enum Fixtures {
    /// The repository root.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let seed = root.appendingPathComponent("Seed")

    /// The shipped taxonomy, decoded.
    public static func taxonomy() throws -> Taxonomy {
        try Taxonomy.decode(Data(contentsOf: seed.appendingPathComponent("taxonomy.json")))
    }

    /// A fresh empty folder under the system temporary directory.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The built `signpost` executable, next to the test bundle.
    public static var signpostExecutable: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if url.pathExtension == "xctest" { url = url.deletingLastPathComponent() }
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("signpost").path), url.path != "/" {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("signpost")
    }
}

/// Seeded databases for tests: seeding once per test process (a few seconds), then each test gets
/// its own copy of the file, so tests stay independent and fast.
public actor SeededDatabases {
    public static let shared = SeededDatabases()

    public enum Content: Sendable { case full, geographyOnly }

    // Tasks, not URLs: the actor is re-entrant across awaits, and every caller must share one seeding.
    private var templates: [Content: Task<URL, any Error>] = [:]

    /// A new database file, private to the caller, with the chosen seed content.
    public func make(_ content: Content = .full) async throws -> Directory {
        let template = try await template(content)
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("signpost.sqlite")
        try FileManager.default.copyItem(at: template, to: path)
        return try Directory(path: path.path)
    }

    private func template(_ content: Content) async throws -> URL {
        if let task = templates[content] { return try await task.value }
        let task = Task { try await Self.buildTemplate(content) }
        templates[content] = task
        return try await task.value
    }

    private static func buildTemplate(_ content: Content) async throws -> URL {
        let folder = try Fixtures.temporaryFolder()
        let work = try Directory(path: folder.appendingPathComponent("work.sqlite").path)
        _ = try await Seeder(directory: work, seedDirectory: Fixtures.seed).seedAll(includeDirectory: content == .full)
        let url = folder.appendingPathComponent("template.sqlite")
        // VACUUM INTO writes a complete, checkpointed copy that is safe to duplicate.
        try await work.pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [url.path]) }
        return url
    }
}
