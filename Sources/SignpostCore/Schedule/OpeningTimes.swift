/// A service's regular opening, read for people: "Open now", and "Mon to Fri, 9am to 5pm".
public struct OpeningTimes: Sendable {
    public let schedules: [ScheduleRecord]

    public init(_ schedules: [ScheduleRecord]) {
        self.schedules = schedules
    }

    /// True or false when the schedule says; nil when there is no schedule with times to go by.
    public func isOpen(at time: UKTime) -> Bool? {
        let timed = schedules.compactMap { s -> (days: [String], opens: Int, closes: Int)? in
            guard let opens = s.opens.flatMap(Self.minutes), let closes = s.closes.flatMap(Self.minutes) else { return nil }
            return (s.days, opens, closes)
        }
        guard !timed.isEmpty else { return nil }
        for slot in timed where slot.days.contains(time.day) {
            if slot.closes == slot.opens { return true }  // round the clock ("00:00"–"00:00")
            if slot.closes > slot.opens {
                if time.minutes >= slot.opens && time.minutes < slot.closes { return true }
            } else if time.minutes >= slot.opens {
                return true  // an evening that runs past midnight ("18:00"–"02:00")
            }
        }
        // Still open from yesterday's overnight slot.
        let yesterday = UKTime.days[(UKTime.days.firstIndex(of: time.day).map { $0 + 6 } ?? 0) % 7]
        for slot in timed where slot.days.contains(yesterday) && slot.closes < slot.opens && time.minutes < slot.closes {
            return true
        }
        return false
    }

    /// When it next changes, said plainly: "closes at 5pm", "opens at 9am", "opens tomorrow at
    /// 9:30am", "opens Mon at 10am". Nil when the schedule gives no times.
    public func nextChange(at time: UKTime) -> String? {
        guard let open = isOpen(at: time), let today = UKTime.days.firstIndex(of: time.day) else { return nil }
        let slots = schedules.compactMap { s -> (days: [String], opens: Int, closes: Int, opensText: String, closesText: String)? in
            guard let o = s.opens, let c = s.closes, let opens = Self.minutes(o), let closes = Self.minutes(c) else { return nil }
            return (s.days, opens, closes, o, c)
        }
        if open {
            // The slot open now that closes soonest (today, or an overnight one from yesterday).
            let closing = slots.filter { $0.days.contains(time.day) && $0.opens <= time.minutes && ($0.closes > time.minutes || $0.closes <= $0.opens) }
                .min { ($0.closes <= $0.opens ? $0.closes + 1440 : $0.closes) < ($1.closes <= $1.opens ? $1.closes + 1440 : $1.closes) }
            guard let closing, closing.closes != closing.opens else { return nil }
            return "closes at \(Self.clock(closing.closesText))"
        }
        for ahead in 0..<8 {
            let day = UKTime.days[(today + ahead) % 7]
            let later = slots.filter { $0.days.contains(day) && (ahead > 0 || $0.opens > time.minutes) }.min { $0.opens < $1.opens }
            guard let later else { continue }
            let when = ahead == 0 ? "" : ahead == 1 ? "tomorrow " : "\(Self.dayNames[day]!) "
            return "opens \(when)at \(Self.clock(later.opensText))"
        }
        return nil
    }

    /// One line per schedule: "Mon to Fri: 9am to 5pm", "Tue, Thu: 10am to 3pm (term time)".
    public var lines: [String] {
        schedules.map { s in
            var line = Self.days(s.days)
            if let opens = s.opens, let closes = s.closes {
                line += line.isEmpty ? "" : ": "
                line += opens == "00:00" && closes == "00:00" ? "24 hours" : "\(Self.clock(opens)) to \(Self.clock(closes))"
            }
            if let note = s.note, !note.isEmpty { line += line.isEmpty ? note : " (\(note))" }
            return line
        }
    }

    static func minutes(_ hhmm: String) -> Int? {
        let parts = hhmm.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    static let dayNames = ["mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"]

    /// Consecutive days read as a range: mon,tue,wed,thu,fri → "Mon to Fri".
    static func days(_ days: [String]) -> String {
        let indices = days.compactMap { UKTime.days.firstIndex(of: $0) }.sorted()
        guard !indices.isEmpty else { return days.joined(separator: ", ") }
        if indices.count == 7 { return "Every day" }
        var runs: [[Int]] = []
        for i in indices {
            if let last = runs.last?.last, last + 1 == i { runs[runs.count - 1].append(i) } else { runs.append([i]) }
        }
        return runs.map { run -> String in
            let first = dayNames[UKTime.days[run[0]]]!, last = dayNames[UKTime.days[run[run.count - 1]]]!
            return run.count >= 3 ? "\(first) to \(last)" : run.map { dayNames[UKTime.days[$0]]! }.joined(separator: ", ")
        }.joined(separator: ", ")
    }

    /// "09:00" → "9am", "13:30" → "1:30pm", "12:00" → "noon".
    static func clock(_ hhmm: String) -> String {
        guard let total = minutes(hhmm) else { return hhmm }
        let h = total / 60 % 24, m = total % 60
        if h == 12 && m == 0 { return "noon" }
        if h == 0 && m == 0 { return "midnight" }
        let hour12 = h % 12 == 0 ? 12 : h % 12
        let suffix = h < 12 ? "am" : "pm"
        return m == 0 ? "\(hour12)\(suffix)" : "\(hour12):\(m < 10 ? "0" : "")\(m)\(suffix)"
    }
}
