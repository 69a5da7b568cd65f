/// How a service is given, in words: "in-person" → "In person".
enum DeliveryWords {
    static let labels = ["in-person": "In person", "phone": "By phone", "online": "Online", "home-visit": "Home visits"]

    static func line(_ modes: [String]) -> String? {
        let words = modes.map { labels[$0] ?? $0 }
        return words.isEmpty ? nil : words.joined(separator: " · ")
    }
}
