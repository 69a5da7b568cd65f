import Foundation
import Testing
@testable import SignpostCore

@Suite("Opening times and filters")
struct OpeningTimesTests {
    let weekdays = ScheduleRecord(days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00")

    @Test("open between opening and closing on a listed day; closed otherwise")
    func weekdayHours() {
        let times = OpeningTimes([weekdays])
        #expect(times.isOpen(at: UKTime(day: "wed", minutes: 9 * 60)) == true)
        #expect(times.isOpen(at: UKTime(day: "wed", minutes: 16 * 60 + 59)) == true)
        #expect(times.isOpen(at: UKTime(day: "wed", minutes: 17 * 60)) == false)
        #expect(times.isOpen(at: UKTime(day: "sat", minutes: 12 * 60)) == false)
        #expect(OpeningTimes([]).isOpen(at: UKTime(day: "wed", minutes: 600)) == nil)
        #expect(OpeningTimes([ScheduleRecord(days: ["mon"], note: "by appointment")]).isOpen(at: UKTime(day: "mon", minutes: 600)) == nil)
    }

    @Test("an evening past midnight is open after midnight on the next day; 00:00–00:00 is all day")
    func overnight() {
        let lateLine = OpeningTimes([ScheduleRecord(days: ["fri"], opens: "18:00", closes: "02:00")])
        #expect(lateLine.isOpen(at: UKTime(day: "fri", minutes: 23 * 60)) == true)
        #expect(lateLine.isOpen(at: UKTime(day: "sat", minutes: 60)) == true)
        #expect(lateLine.isOpen(at: UKTime(day: "sat", minutes: 3 * 60)) == false)
        #expect(lateLine.isOpen(at: UKTime(day: "fri", minutes: 60)) == false)
        let always = OpeningTimes([ScheduleRecord(days: UKTime.days, opens: "00:00", closes: "00:00")])
        #expect(always.isOpen(at: UKTime(day: "sun", minutes: 3 * 60)) == true)
    }

    @Test("UK time follows British Summer Time")
    func summerTime() throws {
        // 2026-07-01 08:30 UTC is 09:30 in London (BST); 2026-01-07 08:30 UTC is 08:30 (GMT). Both Wednesdays.
        let july = try #require(ISO8601DateFormatter().date(from: "2026-07-01T08:30:00Z"))
        let january = try #require(ISO8601DateFormatter().date(from: "2026-01-07T08:30:00Z"))
        #expect(UKTime(july) == UKTime(day: "wed", minutes: 9 * 60 + 30, isoDate: "2026-07-01"))
        #expect(UKTime(january) == UKTime(day: "wed", minutes: 8 * 60 + 30, isoDate: "2026-01-07"))
        #expect(OpeningTimes([weekdays]).isOpen(at: UKTime(july)) == true)
        #expect(OpeningTimes([weekdays]).isOpen(at: UKTime(january)) == false)
    }

    @Test("schedules read as people say them")
    func lines() {
        #expect(OpeningTimes([weekdays]).lines == ["Mon to Fri: 9am to 5pm"])
        #expect(OpeningTimes([ScheduleRecord(days: ["tue", "thu"], opens: "10:00", closes: "15:30", note: "term time")]).lines
                == ["Tue, Thu: 10am to 3:30pm (term time)"])
        #expect(OpeningTimes([ScheduleRecord(days: UKTime.days, opens: "00:00", closes: "00:00")]).lines == ["Every day: 24 hours"])
        #expect(OpeningTimes([ScheduleRecord(days: ["sat"], opens: "12:00", closes: "13:00")]).lines == ["Sat: noon to 1pm"])
    }

    @Test("free means no price is named", arguments: [
        ("Free", true), ("Free; donations welcome", true), ("Free (six sessions)", true), ("free to call", true),
        ("No charge", true), ("Free fitting; wigs from £30", false), ("£2.50 per class", false), ("Membership £1", false),
        ("Assessment free; ongoing care is means-tested", false), ("Pay what you can", false), (nil, false), ("", false),
    ] as [(String?, Bool)])
    func free(cost: String?, expected: Bool) {
        #expect(CostText.isFree(cost) == expected)
    }

    @Test("filters accept only what the listing states")
    func filters() throws {
        let facts = SearchFilters.Facts(cost: "Free", delivery: ["in-person", "phone"], wheelchairAccess: nil,
                                        languages: ["English", "Polish"], schedules: [weekdays])
        #expect(try SearchFilters(free: true, delivery: "phone", language: "polish").accepts(facts))
        #expect(try !SearchFilters(wheelchair: true).accepts(facts))
        #expect(try !SearchFilters(delivery: "online").accepts(facts))
        #expect(try !SearchFilters(language: "Urdu").accepts(facts))
        #expect(throws: SearchQueryError.self) { try SearchFilters(delivery: "carrier-pigeon") }
    }

    @Test("distances in miles")
    func miles() {
        #expect(PlainDistance.miles(0.05) == "less than 0.1 miles")
        #expect(PlainDistance.miles(1.0) == "0.6 miles")
        #expect(PlainDistance.miles(1.609) == "1 mile")
        #expect(PlainDistance.miles(40) == "25 miles")
    }
}

@Suite("When opening times next change")
struct NextChangeTests {
    let times = OpeningTimes([ScheduleRecord(days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:30", closes: "17:00"),
                              ScheduleRecord(days: ["sat"], opens: "10:00", closes: "13:00")])

    @Test("open: when it closes; closed: when it next opens, today, tomorrow or on a named day", arguments: [
        ("wed", 12 * 60, "closes at 5pm"), ("wed", 8 * 60, "opens at 9:30am"), ("wed", 18 * 60, "opens tomorrow at 9:30am"),
        ("fri", 18 * 60, "opens tomorrow at 10am"), ("sat", 14 * 60, "opens Mon at 9:30am"), ("sun", 9 * 60, "opens tomorrow at 9:30am"),
    ] as [(String, Int, String)])
    func nextChange(day: String, minutes: Int, expected: String) {
        #expect(times.nextChange(at: UKTime(day: day, minutes: minutes)) == expected)
    }

    @Test("no times, no words; round the clock never closes")
    func edges() {
        #expect(OpeningTimes([]).nextChange(at: UKTime(day: "mon", minutes: 0)) == nil)
        #expect(OpeningTimes([ScheduleRecord(days: UKTime.days, opens: "00:00", closes: "00:00")]).nextChange(at: UKTime(day: "mon", minutes: 60)) == nil)
        #expect(OpeningTimes([ScheduleRecord(days: ["fri"], opens: "18:00", closes: "02:00")]).nextChange(at: UKTime(day: "fri", minutes: 23 * 60)) == "closes at 2am")
    }
}
