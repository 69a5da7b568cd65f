import Foundation
import GRDB
import SignpostCore

/// Runs one search inside one read transaction: place → query understanding → candidates →
/// ranking → the page of results, each with its reasons.
struct SearchExecutor {
    let context: SearchContext
    let db: Database
    let today: Date
    let ranker = Ranker()

    func run(_ request: SearchRequest) throws -> SearchResponse {
        let taxonomy = context.taxonomy
        for need in request.needs where taxonomy.need(need) == nil {
            throw SearchQueryError.unknownNeed(need, valid: taxonomy.needSlugs)
        }
        let place = try resolvePlace(request.place)
        let understood = context.interpreter.understand(needs: request.needs, text: request.text, nation: place?.nation,
                                                        isKnownWord: isIndexedWord)
        let gathered = try gather(place: place, radius: request.radiusKilometres, understood: understood)
        let candidates = try rank(gathered, request: request, understood: understood)
        let total = candidates.count
        let start = (request.page - 1) * request.limit
        let page = start < total ? Array(candidates[start..<min(total, start + request.limit)]) : []
        let views = try ServiceViewLoader.load(page.map(\.id), db: db, context: context)
        let results = page.compactMap { candidate -> SearchResult? in
            guard let view = views[candidate.id] else { return nil }
            return SearchResult(service: view, distanceKilometres: candidate.distance, coversArea: candidate.coverLabel != nil,
                                urgent: understood.urgent && candidate.urgentRoute, score: candidate.score,
                                why: why(candidate, understood: understood))
        }
        var notes = understood.nationNotes
        if understood.urgent {
            notes.insert("If you are in danger or very unwell now, call 999. On chemotherapy with a high temperature, ring your 24-hour acute oncology line or 999.", at: 0)
        }
        if understood.needSlugs.contains(where: { taxonomy.need($0)?.safety == .careTeam }) {
            notes.append("For symptoms and side effects, contact your care team or GP first; these community services can help alongside them.")
        }
        let query = SearchResponse.Query(place: place, needs: understood.needSlugs.filter { $0 != "urgent" || understood.urgent },
                                         q: request.text, radiusKilometres: request.radiusKilometres, sort: request.sort,
                                         corrections: understood.corrections, urgent: understood.urgent, notes: notes)
        return SearchResponse(query: query, total: total, page: request.page, limit: request.limit, results: results)
    }

    func resolvePlace(_ place: SearchRequest.Place?) throws -> ResolvedPlace? {
        switch place {
        case .none: return nil
        case .postcode(let query): return try Directory.resolve(query, context: context, db: db)
        case .coordinates(let point): return try Directory.nearestPlace(to: point, context: context, db: db)
        }
    }

    /// True when the index holds the word (after its own stemming), so a real word such as a place
    /// name is never "corrected" into a taxonomy word.
    func isIndexedWord(_ word: String) -> Bool {
        guard let pattern = FTSPattern.all([[word]]) else { return false }
        return (try? Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM services_fts WHERE services_fts MATCH ?)", arguments: [pattern])) ?? false
    }

    // MARK: candidates

    func gather(place: ResolvedPlace?, radius: Double, understood: UnderstoodQuery) throws -> [Int64: Candidate] {
        var pool: [Int64: Candidate]? = nil   // nil = everywhere
        if let place { pool = try nearby(place, radius: radius) }

        let wanted = Set(understood.explicitNeeds)
        let textNeeds = Set(understood.textNeeds)
        let weakNeeds = Set(understood.needs.filter { $0.weak }.map(\.need))
        let allNeeds = wanted.union(textNeeds).union(weakNeeds)

        var tags: [Int64: [String: (Double, String)]] = [:]
        if !allNeeds.isEmpty {
            let needList = try TaxonomyTables.json(Array(allNeeds))
            let rows: [Row]
            if let pool {
                rows = try Row.fetchAll(db, sql: """
                    SELECT service_id, need, weight, via FROM service_needs
                    WHERE service_id IN (SELECT value FROM json_each(?)) AND need IN (SELECT value FROM json_each(?))
                    """, arguments: [try TaxonomyTables.json(Array(pool.keys)), needList])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT service_id, need, weight, via FROM service_needs WHERE need IN (SELECT value FROM json_each(?))",
                                        arguments: [needList])
            }
            for row in rows { tags[row["service_id"], default: [:]][row["need"]] = (row["weight"], row["via"]) }
        }

        var textRanks: [Int64: Double] = [:]
        if !understood.textGroups.isEmpty {
            textRanks = try fullText(FTSPattern.all(understood.textGroups), within: pool)
            if textRanks.isEmpty, understood.textGroups.count > 1 {
                // No service has every word: fall back to any of them rather than nothing.
                textRanks = try fullText(FTSPattern.any(understood.textGroups), within: pool)
            }
        }
        if !understood.needPhrases.isEmpty {
            // Services that use the very words, tagged or not ("Money Matters Book Club"); ranking
            // keeps them below the services tagged for the need.
            for (id, rank) in try fullText(FTSPattern.any(understood.needPhrases.map { [$0] }), within: pool) {
                textRanks[id] = max(textRanks[id] ?? 0, rank)
            }
        }

        // Which services qualify: the needs asked for by name are a filter; needs read from the
        // words widen the net together with the words themselves; nothing asked means everything near.
        var chosen = Set<Int64>()
        let urgentRoutes = understood.urgent ? Set(tags.filter { $0.value["urgent"] != nil }.keys) : []
        if !wanted.isEmpty {
            chosen = Set(tags.filter { !wanted.isDisjoint(with: $0.value.keys) }.keys).union(urgentRoutes)
        } else if !textNeeds.isEmpty || !understood.textGroups.isEmpty {
            chosen = Set(tags.filter { !textNeeds.isDisjoint(with: $0.value.keys) }.keys).union(textRanks.keys)
            if chosen.isEmpty && !weakNeeds.isEmpty {
                chosen = Set(tags.filter { !weakNeeds.isDisjoint(with: $0.value.keys) }.keys)
            }
        } else if let pool {
            chosen = Set(pool.keys)
        } else {
            chosen = Set(try Int64.fetchAll(db, sql: "SELECT id FROM services WHERE status = 'active'"))
        }

        var result: [Int64: Candidate] = [:]
        for id in chosen {
            if let pool, pool[id] == nil { continue }
            var candidate = pool?[id] ?? Candidate(id: id)
            for (need, tag) in tags[id] ?? [:] { candidate.needs[need] = (tag.0, tag.1) }
            candidate.textRank = textRanks[id]
            result[id] = candidate
        }
        return try attachDetails(result)
    }

    /// Services near the place or covering it. A service that states its coverage and does not
    /// cover the place is left out even when its venue is close: the next council's service is no
    /// help to this resident (ALISS's catchment rule).
    func nearby(_ place: ResolvedPlace, radius: Double) throws -> [Int64: Candidate] {
        var found: [Int64: Candidate] = [:]
        let point = place.point
        let box = point.boundingBox(kilometres: radius)
        for row in try Row.fetchAll(db, sql: """
            SELECT l.service_id, l.latitude, l.longitude FROM location_geo g JOIN locations l ON l.id = g.id
            WHERE g.min_lat >= ? AND g.max_lat <= ? AND g.min_lon >= ? AND g.max_lon <= ?
            """, arguments: [box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude]) {
            let d = point.distanceKilometres(to: GeoPoint(latitude: row["latitude"], longitude: row["longitude"]))
            guard d <= radius else { continue }
            let id: Int64 = row["service_id"]
            if found[id]?.distance.map({ $0 <= d }) != true { found[id, default: Candidate(id: id)].distance = d }
        }
        var covering: [Int64: (label: String, national: Bool)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT l.service_id, l.latitude, l.longitude, s.coverage_radius_km AS reach FROM reach_geo r
            JOIN locations l ON l.id = r.id JOIN services s ON s.id = l.service_id
            WHERE r.min_lat <= ?1 AND r.max_lat >= ?1 AND r.min_lon <= ?2 AND r.max_lon >= ?2
            """, arguments: [point.latitude, point.longitude]) {
            let reach: Double = row["reach"]
            let d = point.distanceKilometres(to: GeoPoint(latitude: row["latitude"], longitude: row["longitude"]))
            guard d <= reach else { continue }
            let id: Int64 = row["service_id"]
            covering[id] = ("within \(Int(reach.rounded())) km of its venue", false)
            if found[id]?.distance.map({ $0 <= d }) != true { found[id, default: Candidate(id: id)].distance = d }
        }
        var keys: [(String, String)] = [("uk", "uk")]
        if let nation = place.nation { keys.append(("nation", nation.rawValue)) }
        if let lad = place.localAuthority { keys.append(("lad", lad.code)) }
        if let outcode = place.outcode { keys.append(("outcode", outcode)) }
        if let sector = place.sector { keys.append(("sector", sector)) }
        for (kind, code) in keys {
            for row in try Row.fetchAll(db, sql: "SELECT service_id, label FROM service_areas WHERE kind = ? AND code = ?", arguments: [kind, code]) {
                let id: Int64 = row["service_id"]
                let national = kind == "uk" || kind == "nation"
                if let existing = covering[id], !existing.national { continue }  // the most local label wins
                covering[id] = (row["label"], national)
            }
        }
        for (id, cover) in covering {
            found[id, default: Candidate(id: id)].coverLabel = cover.label
            found[id]?.national = cover.national
        }
        // Drop near-but-not-covered services whose stated area excludes this place.
        let nearOnly = found.filter { $0.value.coverLabel == nil }.map(\.key)
        if !nearOnly.isEmpty {
            let restricted = try Int64.fetchAll(db, sql: "SELECT DISTINCT service_id FROM service_areas WHERE service_id IN (SELECT value FROM json_each(?))",
                                                arguments: [try TaxonomyTables.json(nearOnly)])
            for id in restricted { found[id] = nil }
        }
        return found
    }

    func fullText(_ pattern: String?, within pool: [Int64: Candidate]?) throws -> [Int64: Double] {
        guard let pattern else { return [:] }
        var ranks: [Int64: Double] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, bm25(services_fts, \(Migrations.bm25Weights)) AS rank FROM services_fts WHERE services_fts MATCH ?",
                                       arguments: [pattern])
        while let row = try rows.next() {
            let id: Int64 = row["rowid"]
            if let pool, pool[id] == nil { continue }
            ranks[id] = -(row["rank"] as Double)
        }
        return ranks
    }

    /// Status, kinds, freshness and name of every candidate; inactive services go here.
    func attachDetails(_ candidates: [Int64: Candidate]) throws -> [Int64: Candidate] {
        guard !candidates.isEmpty else { return [:] }
        var out: [Int64: Candidate] = [:]
        let ids = try TaxonomyTables.json(Array(candidates.keys))
        for row in try Row.fetchAll(db, sql: """
            SELECT id, name, national, last_verified_at FROM services
            WHERE id IN (SELECT value FROM json_each(?)) AND status = 'active'
            """, arguments: [ids]) {
            let id: Int64 = row["id"]
            var c = candidates[id]!
            c.name = row["name"]
            c.lastVerifiedAt = row["last_verified_at"]
            c.national = c.national || (row["national"] && c.coverLabel == nil && c.distance == nil)
            out[id] = c
        }
        for row in try Row.fetchAll(db, sql: "SELECT service_id, kind FROM service_kind_tags WHERE service_id IN (SELECT value FROM json_each(?))", arguments: [ids]) {
            let id: Int64 = row["service_id"]
            out[id]?.kinds.insert(row["kind"])
        }
        return out
    }

    // MARK: ranking

    func rank(_ candidates: [Int64: Candidate], request: SearchRequest, understood: UnderstoodQuery) throws -> [Candidate] {
        let strongNeeds = Set(understood.explicitNeeds + understood.textNeeds)
        let weakNeeds = Set(understood.needs.filter(\.weak).map(\.need))
        let maxText = candidates.values.compactMap(\.textRank).max() ?? 0
        let queryKinds = Set(understood.kinds)
        var ranked: [Candidate] = []
        ranked.reserveCapacity(candidates.count)
        for var c in candidates.values {
            var strength = 0.0
            for (need, tag) in c.needs {
                if strongNeeds.contains(need) { strength = max(strength, tag.weight) }
                else if weakNeeds.contains(need) { strength = max(strength, tag.weight * 0.4) }
            }
            c.urgentRoute = (c.needs["urgent"]?.weight ?? 0) >= 0.7 || !c.kinds.isDisjoint(with: context.urgentKinds)
            let signals = RankingSignals(
                needStrength: strength, kindMatch: !queryKinds.isDisjoint(with: c.kinds),
                textScore: maxText > 0 ? (c.textRank ?? 0) / maxText : 0, distanceKilometres: c.distance,
                coversArea: c.coverLabel != nil, national: c.national, helpline: !c.kinds.isDisjoint(with: context.helplineKinds),
                urgentRoute: c.urgentRoute, daysSinceVerified: daysSince(c.lastVerifiedAt))
            c.score = ranker.score(signals, radiusKilometres: request.radiusKilometres, urgentQuery: understood.urgent,
                                   wantsHelpline: understood.wantsHelpline)
            ranked.append(c)
        }
        let urgentFirst = understood.urgent
        switch request.sort {
        case .relevance:
            ranked.sort { a, b in
                if urgentFirst, a.urgentRoute != b.urgentRoute { return a.urgentRoute }
                if a.score != b.score { return a.score > b.score }
                return tieBreak(a, b)
            }
        case .distance:
            ranked.sort { a, b in
                if urgentFirst, a.urgentRoute != b.urgentRoute { return a.urgentRoute }
                let ga = distanceGroup(a), gb = distanceGroup(b)
                if ga != gb { return ga < gb }
                if let da = a.distance, let db = b.distance, da != db { return da < db }
                if a.score != b.score { return a.score > b.score }
                return tieBreak(a, b)
            }
        }
        return ranked
    }

    /// Venues by distance, then area-wide local services, then national ones.
    func distanceGroup(_ c: Candidate) -> Int { c.distance != nil ? 0 : (c.national ? 2 : 1) }

    func tieBreak(_ a: Candidate, _ b: Candidate) -> Bool {
        switch (a.distance, b.distance) {
        case let (x?, y?) where x != y: return x < y
        default: return a.name != b.name ? a.name < b.name : a.id < b.id
        }
    }

    func daysSince(_ date: String?) -> Int? {
        guard let date, let parsed = Self.dayFormatter.date(from: String(date.prefix(10))) else { return nil }
        return max(0, Int(today.timeIntervalSince(parsed) / 86_400))
    }

    static let dayFormatter: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_GB_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f
    }()

    // MARK: why

    func why(_ c: Candidate, understood: UnderstoodQuery) -> Why {
        let asked = Set(understood.needSlugs)
        let reasons = c.needs.filter { asked.contains($0.key) }
            .sorted { $0.value.weight != $1.value.weight ? $0.value.weight > $1.value.weight : $0.key < $1.key }
            .map { Why.NeedReason(need: $0.key, via: $0.value.via, strength: ($0.value.weight * 100).rounded() / 100) }
        let words = c.textRank != nil ? understood.textGroups.map { $0[0] } : []
        var parts: [String] = []
        if let first = reasons.first {
            let name = context.taxonomy.need(first.need)?.name ?? first.need
            parts.append("\(name): \(first.via)")
        }
        if !words.isEmpty { parts.append("mentions \(words.map { "\"\($0)\"" }.joined(separator: ", "))") }
        if let d = c.distance { parts.append(String(format: "%.1f km away", d)) }
        if let label = c.coverLabel { parts.append(c.national ? "covers \(label)" : "covers your area (\(label))") }
        if c.national && c.coverLabel == nil { parts.append("national service") }
        if understood.urgent && c.urgentRoute { parts.insert("urgent help", at: 0) }
        let summary = parts.isEmpty ? "near you" : parts.joined(separator: "; ")
        return Why(needs: reasons, words: words, distanceKilometres: c.distance, coversArea: c.coverLabel, national: c.national,
                   urgent: understood.urgent && c.urgentRoute, summary: summary.prefix(1).uppercased() + summary.dropFirst())
    }
}

extension Directory {
    /// Answers a search: see `SearchExecutor`. User input errors are `SearchQueryError`s.
    public func search(_ request: SearchRequest) async throws -> SearchResponse {
        let context = try context()
        let today = clock()
        return try await pool.read { db in try SearchExecutor(context: context, db: db, today: today).run(request) }
    }
}
