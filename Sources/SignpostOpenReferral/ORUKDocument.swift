import Foundation

/// Finds the service records in an Open Referral document, whatever its shape: one service, an
/// array of services, a v3 page (`contents`), an ORUK 1.0 page (`content`), or newline-delimited
/// JSON (one service a line).
public enum ORUKDocument {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidJSON(line: Int?, String)
        case noServices

        public var description: String {
            switch self {
            case .invalidJSON(let line, let why): return "not valid JSON\(line.map { " (line \($0))" } ?? ""): \(why)"
            case .noServices: return "no services found: expected a service, an array of services, a /services page or one service a line"
            }
        }
    }

    /// The services and the version their shape implies (v1 when the ORUK 1.0 envelope or fields are seen).
    public static func services(in data: Data) throws(Failure) -> (items: [[String: Any]], version: ORUKServiceMapper.Version) {
        let text = String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            // Not one JSON value: perhaps one service a line.
            if text.hasPrefix("{") { return try lines(data) }
            throw .invalidJSON(line: nil, (error as NSError).localizedDescription)
        }
        if let object = value as? [String: Any] {
            if let page = ORUKServiceMapper.page(object) { return (page.items, page.version) }
            if object["id"] != nil { return ([object], version(of: [object])) }
            throw .noServices
        }
        if let array = value as? [Any] {
            let items = array.compactMap { $0 as? [String: Any] }
            guard !items.isEmpty || array.isEmpty else { throw .noServices }
            return (items, version(of: items))
        }
        throw .noServices
    }

    static func lines(_ data: Data) throws(Failure) -> (items: [[String: Any]], version: ORUKServiceMapper.Version) {
        var items: [[String: Any]] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            let trimmed = line.drop { $0 == 32 || $0 == 9 || $0 == 13 }
            if trimmed.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed)) as? [String: Any] else {
                throw .invalidJSON(line: number + 1, "a line is not a JSON object")
            }
            items.append(object)
        }
        guard !items.isEmpty else { throw .noServices }
        return (items, version(of: items))
    }

    static func version(of items: [[String: Any]]) -> ORUKServiceMapper.Version {
        items.contains { $0["regular_schedules"] != nil || $0["service_taxonomys"] != nil || $0["physical_addresses"] != nil } ? .v1 : .v3
    }
}
