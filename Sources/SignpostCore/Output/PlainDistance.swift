/// Distances as people in the UK say them: in miles, rounded to what matters.
public enum PlainDistance {
    /// A radius in whole miles ("within 16 miles").
    public static func wholeMiles(_ kilometres: Double) -> Int { Int((kilometres * 0.621_371).rounded()) }

    public static func miles(_ kilometres: Double) -> String {
        let miles = kilometres * 0.621_371
        if miles < 0.1 { return "less than 0.1 miles" }
        if miles < 10 {
            let tenths = (miles * 10).rounded() / 10
            return tenths == 1 ? "1 mile" : "\(tenths.formatted1) miles"
        }
        return "\(Int(miles.rounded())) miles"
    }
}

extension Double {
    /// One decimal place without Foundation formatting: 0.4, 2.0 → "2".
    var formatted1: String {
        let tenths = Int((self * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
