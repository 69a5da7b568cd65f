/// Reading a listing's cost wording ("Free; donations welcome", "£2.50 per class").
public enum CostText {
    /// True when the service costs nothing to use: the wording starts with "free" (or "no
    /// charge") and names no price. "Free fitting; wigs from £30" is not free.
    public static func isFree(_ cost: String?) -> Bool {
        guard let cost = cost?.trimmingWhitespace().lowercased(), !cost.isEmpty else { return false }
        let startsFree = cost.hasPrefix("free") || cost.hasPrefix("no charge") || cost.hasPrefix("no cost")
            || cost == "£0" || cost == "0"
        guard startsFree else { return false }
        return !cost.contains("£") && !cost.contains(" per ") && !cost.contains("pay ")
    }
}
