import ArgumentParser
import Foundation
import Hummingbird
import Logging
import SignpostServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the JSON API on the directory (seeding it from Seed/ on first run).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on (default: $SIGNPOST_HOST or 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on; 0 picks a free one (default: $SIGNPOST_PORT or 8080).")
    var port: Int?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = ServerConfiguration(
            host: host ?? environment["SIGNPOST_HOST"] ?? "127.0.0.1",
            port: port ?? environment["SIGNPOST_PORT"].flatMap(Int.init) ?? 8080)
        guard (0...65535).contains(configuration.port) else { throw CLIError("--port must be 0…65535") }
        let directory = try await database.open()
        var logger = Logger(label: "signpost")
        logger.logLevel = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let app = try buildApplication(configuration, directory: directory, logger: logger) { port in
            // Written straight to the file descriptor so scripts waiting for this line see it at once.
            FileHandle.standardOutput.write(Data("Signpost is listening on http://\(configuration.host):\(port) (database \(database.databasePath))\n".utf8))
        }
        try await app.runService()
    }
}
