/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps), with an early exit.
///
/// Used to forgive common misspellings ("councelling", "benifits") against the taxonomy's words.
public enum EditDistance {
    /// The distance between `a` and `b`, or nil when it exceeds `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let s = Array(a), t = Array(b)
        if abs(s.count - t.count) > limit { return nil }
        if s.isEmpty || t.isEmpty { return max(s.count, t.count) <= limit ? max(s.count, t.count) : nil }
        var prevPrev = [Int](repeating: 0, count: t.count + 1)
        var prev = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var value = min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    value = min(value, prevPrev[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return nil }
            (prevPrev, prev, current) = (prev, current, prevPrev)
        }
        return prev[t.count] <= limit ? prev[t.count] : nil
    }
}
