import Foundation

/// Finds a Python that can import the modules a test drives (jsonschema, selenium…), so tests
/// that need one can be enabled only where `.ci/run` (or the README's command) installed it.
public enum PythonTools {
    public static func python(importing modules: String) -> String? {
        for candidate in ["python3", "/usr/bin/python3", "/usr/local/bin/python3"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [candidate, "-c", "import \(modules)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            process.waitUntilExit()
            if process.terminationStatus == 0 { return candidate }
        }
        return nil
    }
}
