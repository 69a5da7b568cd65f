import Foundation

/// Narrowing a search the way residents ask for it: open now, free, how help is given, wheelchair
/// access, a language. Filters remove services; they never change the order of the rest.
public struct SearchFilters: Hashable, Sendable {
    /// Ways a service can be delivered, as the directory records them.
    public static let deliveryModes = ["in-person", "phone", "online", "home-visit"]

    /// Only services whose schedule says they are open at this instant (UK time).
    public var openAt: Date?
    public var free: Bool
    public var delivery: String?
    public var wheelchair: Bool
    public var language: String?
    /// Only services changed at or after this instant, "YYYY-MM-DDTHH:MM:SSZ" (as stored); for
    /// directories that harvest this one (`/oruk/services?modified_after=`).
    public var changedSince: String?
    /// Only services tagged with at least one need.
    public var tagged: Bool

    public init(openAt: Date? = nil, free: Bool = false, delivery: String? = nil, wheelchair: Bool = false,
                language: String? = nil, changedSince: String? = nil, tagged: Bool = false) throws(SearchQueryError) {
        if let delivery, !Self.deliveryModes.contains(delivery) {
            throw .invalidParameter("delivery", "must be one of \(Self.deliveryModes.joined(separator: ", "))")
        }
        let language = language?.trimmingWhitespace()
        if let language, language.count > 60 {
            throw .invalidParameter("language", "must be at most 60 characters")
        }
        self.openAt = openAt
        self.free = free
        self.delivery = delivery
        self.wheelchair = wheelchair
        self.language = (language?.isEmpty ?? true) ? nil : language
        self.changedSince = changedSince
        self.tagged = tagged
    }

    public static let none = try! SearchFilters()

    public var isEmpty: Bool {
        openAt == nil && !free && delivery == nil && !wheelchair && language == nil && changedSince == nil && !tagged
    }

    /// The facts a filter reads about one service.
    public struct Facts: Sendable {
        public var cost: String?
        public var delivery: [String]
        public var wheelchairAccess: Bool?
        public var languages: [String]
        public var schedules: [ScheduleRecord]
        public var updatedAt: String?
        public var needCount: Int

        public init(cost: String?, delivery: [String], wheelchairAccess: Bool?, languages: [String], schedules: [ScheduleRecord],
                    updatedAt: String? = nil, needCount: Int = 0) {
            self.cost = cost
            self.delivery = delivery
            self.wheelchairAccess = wheelchairAccess
            self.languages = languages
            self.schedules = schedules
            self.updatedAt = updatedAt
            self.needCount = needCount
        }
    }

    /// True when the service passes every filter. Unknown facts do not pass: "wheelchair access"
    /// means the listing says so, not that it does not say otherwise.
    public func accepts(_ facts: Facts) -> Bool {
        if free, !CostText.isFree(facts.cost) { return false }
        if let delivery, !facts.delivery.contains(delivery) { return false }
        if wheelchair, facts.wheelchairAccess != true { return false }
        if let language {
            let wanted = language.lowercased()
            guard facts.languages.contains(where: { $0.lowercased() == wanted }) else { return false }
        }
        if let openAt, OpeningTimes(facts.schedules).isOpen(at: UKTime(openAt)) != true { return false }
        if let changedSince, (facts.updatedAt ?? "") < changedSince { return false }
        if tagged, facts.needCount == 0 { return false }
        return true
    }
}
