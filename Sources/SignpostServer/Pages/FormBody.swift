import Hummingbird

/// A posted HTML form (`application/x-www-form-urlencoded`), read with a size cap so a huge body
/// is refused rather than held in memory.
enum FormBody {
    static let maxBytes = 64 * 1024

    static func read(_ request: Request) async throws -> QueryParameters {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBytes)
        } catch {
            throw APIError(status: .contentTooLarge, code: "too_large", message: "The form is larger than \(maxBytes / 1024) KB.")
        }
        return try QueryParameters(String(buffer: buffer))
    }
}
