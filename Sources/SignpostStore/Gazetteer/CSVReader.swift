import Foundation

/// Streams rows from a CSV file (RFC 4180 quoting, CRLF or LF), a chunk at a time, so a 1 GB ONSPD
/// file is read in bounded memory.
struct CSVReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private(set) var lineNumber = 0

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.importFailed("cannot open \(path)")
        }
        self.handle = handle
    }

    mutating func next() -> [String]? {
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var sawAny = false
        while true {
            guard let byte = nextByte() else {
                if !sawAny { return nil }
                fields.append(String(decoding: field, as: UTF8.self))
                lineNumber += 1
                return fields
            }
            sawAny = true
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if peekByte() == UInt8(ascii: "\"") { _ = nextByte(); field.append(byte) } else { inQuotes = false }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inQuotes = true
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case UInt8(ascii: "\r"): continue
            case UInt8(ascii: "\n"):
                fields.append(String(decoding: field, as: UTF8.self))
                lineNumber += 1
                return fields
            default: field.append(byte)
            }
        }
    }

    private mutating func fill() -> Bool {
        if finished { return false }
        let chunk = handle.readData(ofLength: 1 << 20)
        if chunk.isEmpty { finished = true; try? handle.close(); return false }
        buffer = [UInt8](chunk)
        position = 0
        return true
    }

    private mutating func nextByte() -> UInt8? {
        if position >= buffer.count, !fill() { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    private mutating func peekByte() -> UInt8? {
        if position >= buffer.count, !fill() { return nil }
        return buffer[position]
    }
}
