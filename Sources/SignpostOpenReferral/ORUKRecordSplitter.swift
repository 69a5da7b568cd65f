/// Splits an Open Referral file into its service records as its bytes arrive, so a file of any
/// size imports in bounded memory: only the record being read is held, never the file.
///
/// It reads the shapes `signpost import oruk` accepts — one service, an array of services, a v3
/// page (`contents`), an ORUK 1.0 page (`content`), or one service a line — by tracking only what
/// JSON structure needs: inside a string or not, escapes, and the stack of open brackets. Each
/// record's bytes go to `JSONSerialization` on their own, so a bad record is rejected alone and
/// a break in the structure is reported at its byte offset.
///
///     var splitter = ORUKRecordSplitter()
///     for chunk in chunks {
///         let (records, failure) = splitter.feed(chunk)   // records before a failure still count
///         …
///     }
///     try splitter.finish()
public struct ORUKRecordSplitter: Sendable {
    /// One top-level record: its bytes, or nil when it is not a JSON object.
    public struct Record: Sendable {
        public let number: Int
        /// Byte offset of its first byte in the file.
        public let offset: Int
        public let bytes: [UInt8]?
        /// It came from an ORUK 1.0 page (`content`), so it has the 1.0 shape.
        public let fromLegacyPage: Bool
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unexpected(byte: UInt8, offset: Int)
        case truncated(inside: String, offset: Int)
        case tooLarge(record: Int, offset: Int, limit: Int)

        public var description: String {
            switch self {
            case .unexpected(let byte, let offset):
                return "not valid JSON at byte \(offset): unexpected \(Self.show(byte))"
            case .truncated(let inside, let offset):
                return "not valid JSON: the file ends inside \(inside) at byte \(offset)"
            case .tooLarge(let record, let offset, let limit):
                return "record \(record) at byte \(offset) is over \(limit / 1_048_576) MB"
            }
        }

        static func show(_ byte: UInt8) -> String {
            (32..<127).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        }
    }

    enum Bracket: Sendable { case array, object }
    enum Element: Sendable { case object, container, string, scalar }

    /// The largest single record held in memory.
    public let maxRecordBytes: Int
    var stack: [Bracket] = []
    var inString = false, escaped = false
    var offset = 0
    /// How many brackets are open around a record: 1 in an array, 2 in a page's `contents`, 0 for a lone object.
    var recordDepth = 0
    var legacyPage = false
    var element: Element?
    var elementOffset = 0
    var pending: [UInt8] = []
    var count = 0
    var failure: Failure?
    // Keys of a top-level object, to notice a page envelope's `contents`.
    var keyBytes: [UInt8] = [], lastString = "", lastKey = ""

    public init(maxRecordBytes: Int = 64 * 1_048_576) { self.maxRecordBytes = maxRecordBytes }

    /// The records completed by these bytes and, if the JSON breaks in them, where. After a
    /// failure the rest of the input is not read: nothing after a break can be trusted.
    public mutating func feed(_ chunk: some Collection<UInt8>) -> (records: [Record], failure: Failure?) {
        guard failure == nil else { return ([], failure) }
        var records: [Record] = []
        do {
            try scan(Array(chunk), into: &records)
        } catch {
            failure = error
        }
        return (records, failure)
    }

    mutating func scan(_ bytes: [UInt8], into records: inout [Record]) throws(Failure) {
        var start = 0   // where the record being collected starts in this chunk
        for index in bytes.indices {
            let byte = bytes[index]
            defer { offset += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if stack.count == 1 && recordDepth == 0 { lastString = String(decoding: keyBytes, as: UTF8.self) }
                    if element == .string && stack.count == recordDepth { complete(nil, into: &records) }
                } else if stack.count == 1 && recordDepth == 0 && keyBytes.count < 32 { keyBytes.append(byte) }
                continue
            }
            switch byte {
            case 0x20, 0x0a, 0x0d, 0x09:
                if element == .scalar && stack.count == recordDepth { complete(nil, into: &records) }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if stack.isEmpty {
                    recordDepth = byte == UInt8(ascii: "[") ? 1 : 0
                    legacyPage = false
                }
                if stack.count == 1 && recordDepth == 0 && byte == UInt8(ascii: "[") && (lastKey == "contents" || lastKey == "content") {
                    // A page: its items are the records, not the envelope around them.
                    element = nil
                    pending = []
                    recordDepth = 2
                    legacyPage = lastKey == "content"
                } else if stack.count == recordDepth && element == nil {
                    begin(byte == UInt8(ascii: "{") ? .object : .container, at: index, start: &start)
                }
                stack.append(byte == UInt8(ascii: "[") ? .array : .object)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if element == .scalar && stack.count == recordDepth { complete(nil, into: &records) }
                guard let open = stack.popLast(), open == (byte == UInt8(ascii: "]") ? .array : .object) else {
                    throw .unexpected(byte: byte, offset: offset)
                }
                if let element, element != .scalar && element != .string, stack.count == recordDepth {
                    complete(element == .object ? pending + bytes[start...index] : nil, into: &records)
                }
                if stack.count == 1 && recordDepth == 2 { recordDepth = -1 }   // the page's items are done
            case UInt8(ascii: "\""):
                inString = true
                if stack.count == 1 && recordDepth == 0 { keyBytes.removeAll(keepingCapacity: true) }
                if stack.count == recordDepth && element == nil { begin(.string, at: index, start: &start) }
            case UInt8(ascii: ","):
                if element == .scalar && stack.count == recordDepth { complete(nil, into: &records) }
                if stack.isEmpty { throw .unexpected(byte: byte, offset: offset) }
                if stack.count == 1 { lastKey = "" }
            case UInt8(ascii: ":"):
                if stack.isEmpty { throw .unexpected(byte: byte, offset: offset) }
                if stack.count == 1 { lastKey = lastString }
            default:
                if stack.isEmpty { throw .unexpected(byte: byte, offset: offset) }
                if stack.count == recordDepth && element == nil { begin(.scalar, at: index, start: &start) }
            }
        }
        if element == .object {
            pending += bytes[start...]
            if pending.count > maxRecordBytes { throw .tooLarge(record: count, offset: elementOffset, limit: maxRecordBytes) }
        }
    }

    /// Checks the file ended where a JSON value may end.
    public mutating func finish() throws(Failure) {
        if let failure { throw failure }
        if inString { throw .truncated(inside: "a string", offset: offset) }
        if let last = stack.last { throw .truncated(inside: last == .array ? "an array" : "an object", offset: offset) }
    }

    mutating func begin(_ kind: Element, at index: Int, start: inout Int) {
        element = kind
        elementOffset = offset
        count += 1
        start = index
        pending = []
    }

    mutating func complete(_ bytes: [UInt8]?, into records: inout [Record]) {
        records.append(Record(number: count, offset: elementOffset, bytes: bytes, fromLegacyPage: legacyPage))
        element = nil
        pending = []
    }
}
