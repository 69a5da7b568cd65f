import Foundation

/// Runs a program to completion without blocking Swift's cooperative threads (a test that waited
/// on a child in place could starve the in-process server it is talking to).
public struct ChildProcess: Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var terminatedBySignal: Bool
    }

    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                           directory: URL? = nil) async throws -> Result {
        let process = try start(executable, arguments, environment: environment, directory: directory, capture: true)
        return await wait(process)
    }

    /// Starts a program; pair with `wait`. Output is captured when `capture`, else discarded.
    public static func start(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                             directory: URL? = nil, capture: Bool = false) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = capture ? Pipe() : FileHandle.nullDevice
        process.standardError = capture ? Pipe() : FileHandle.nullDevice
        try process.run()
        return process
    }

    public static func wait(_ process: Process) async -> Result {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let out = (process.standardOutput as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
                let err = (process.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
                process.waitUntilExit()
                continuation.resume(returning: Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                                      stderr: String(decoding: err, as: UTF8.self),
                                                      terminatedBySignal: process.terminationReason == .uncaughtSignal))
            }
        }
    }
}
