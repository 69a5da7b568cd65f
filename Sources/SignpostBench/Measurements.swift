import Foundation

/// Latency samples and their summary.
struct Latencies {
    private(set) var samples: [Double] = []   // milliseconds

    mutating func record(_ duration: Duration) {
        samples.append(Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
    }

    mutating func merge(_ other: Latencies) { samples += other.samples }

    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let index = min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))
        return sorted[index]
    }

    var count: Int { samples.count }
    var mean: Double { samples.isEmpty ? 0 : samples.reduce(0, +) / Double(samples.count) }

    func line(_ label: String, wall: Duration? = nil) -> String {
        var text = label.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: " n=%-6d p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms", count,
                          percentile(50), percentile(99), samples.max() ?? 0)
        if let wall {
            let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
            text += String(format: "   %8.0f req/s", Double(count) / max(seconds, 1e-9))
        }
        return text
    }
}

/// Peak and current resident memory of this process, from /proc.
enum Memory {
    static func peakMegabytes() -> Double { field("VmHWM") }
    /// Starts the high-water mark again from the current RSS (Linux: "5" to clear_refs), so each
    /// phase of a benchmark reports its own peak. Harmless where unsupported.
    static func resetPeak() { try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8) }
    static func currentMegabytes() -> Double { field("VmRSS") }
    /// Heap and other private memory: RSS counts the memory-mapped database once per connection.
    static func anonymousMegabytes() -> Double { field("RssAnon") }

    private static func field(_ name: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }
}

func fileMegabytes(_ path: String) -> Double {
    let sizes = ["", "-wal", "-shm"].compactMap { try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int }
    return Double(sizes.reduce(0, +)) / 1_048_576
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
