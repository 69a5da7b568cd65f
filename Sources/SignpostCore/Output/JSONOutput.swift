import Foundation

/// The one JSON style Signpost speaks: sorted keys, ISO 8601 dates, no escaped slashes — so the
/// API, the CLI's `--json` and golden files agree byte for byte.
public enum JSONOutput {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

/// The released version, reported by `/v1/about` and `signpost --version`.
public enum SignpostVersion {
    public static let current = "0.1.0"
}
