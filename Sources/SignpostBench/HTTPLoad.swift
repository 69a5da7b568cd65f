import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Concurrent HTTP clients on loopback: each worker thread sends its share of request targets
/// over keep-alive connections and times every request.
enum HTTPLoad {
    static func run(port: Int, targets: [String], concurrency: Int) async -> (Latencies, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let shares = (0..<concurrency).map { worker in stride(from: worker, to: targets.count, by: concurrency).map { targets[$0] } }
        let results = await withTaskGroup(of: Latencies.self) { group in
            for share in shares {
                group.addTask {
                    await withCheckedContinuation { continuation in
                        Thread.detachNewThread { continuation.resume(returning: worker(port: port, targets: share)) }
                    }
                }
            }
            var all = Latencies()
            for await latencies in group { all.merge(latencies) }
            return all
        }
        return (results, clock.now - start)
    }

    static func worker(port: Int, targets: [String]) -> Latencies {
        var latencies = Latencies()
        var connection: Int32 = -1
        let clock = ContinuousClock()
        for target in targets {
            let started = clock.now
            for _ in 0..<2 {
                if connection < 0 { connection = connect(port: port) }
                if connection >= 0, exchange(connection, target: target, port: port) { break }
                if connection >= 0 { close(connection) }
                connection = -1
            }
            latencies.record(clock.now - started)
        }
        if connection >= 0 { close(connection) }
        return latencies
    }

    static func connect(port: Int) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if ok != 0 { close(fd); return -1 }
        return fd
    }

    /// One request and its whole response (Content-Length framed); false if the connection failed.
    static func exchange(_ fd: Int32, target: String, port: Int) -> Bool {
        let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        var received: [UInt8] = []
        var expected: Int?
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return false }
            received += buffer[0..<n]
            if expected == nil, let end = headerEnd(received) {
                let head = String(decoding: received[0..<end], as: UTF8.self).lowercased()
                guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                      let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return false }
                expected = end + 4 + length
            }
            if let expected, received.count >= expected { return true }
        }
    }

    static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 { return i }
        return nil
    }
}
