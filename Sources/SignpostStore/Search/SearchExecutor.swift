import Foundation
import GRDB
import GRDBSQLite
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
        var gathered = try gather(place: place, radius: request.radiusKilometres, understood: understood)
        if !request.filters.isEmpty { try SearchFilterPass.apply(request.filters, to: &gathered, db: db) }
        let total = gathered.count
        let start = (request.page - 1) * request.limit
        let best = try rank(gathered, request: request, understood: understood, keep: min(total, start + request.limit))
        let page = start < best.count ? Array(best[start...]) : []
        let views = try ServiceViewLoader.load(page.map(\.id), db: db, context: context)
        let vias = try needSources(page.map(\.id))
        let results = page.compactMap { candidate -> SearchResult? in
            guard let view = views[candidate.id] else { return nil }
            return SearchResult(service: view, distanceKilometres: candidate.distance, coversArea: candidate.coverLabel != nil,
                                urgent: understood.urgent && candidate.urgentRoute, score: candidate.score,
                                why: why(candidate, understood: understood, vias: vias[candidate.id] ?? [:]))
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
        return (try? Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM services_fts WHERE services_fts MATCH ?)"),
                                   arguments: ["\(Migrations.textColumns) : (\(pattern))"])) ?? false
    }

    // MARK: candidates

    /// One FTS5 query finds the candidates: need tags, words, grid cells near the place and areas
    /// covering it are all tokens in the same index, so SQLite intersects posting lists.
    func gather(place: ResolvedPlace?, radius: Double, understood: UnderstoodQuery) throws -> [Int64: Candidate] {
        let wanted = understood.explicitNeeds + (understood.urgent && !understood.explicitNeeds.isEmpty ? ["urgent"] : [])
        let textNeeds = understood.textNeeds
        let weakNeeds = understood.needs.filter(\.weak).map(\.need)

        var placeKeys: [(kind: String, code: String)] = []
        var placeClause: String?
        if let place {
            placeKeys = [("uk", "uk")]
            if let nation = place.nation { placeKeys.append(("nation", nation.rawValue)) }
            if let lad = place.localAuthority { placeKeys.append(("lad", lad.code)) }
            if let outcode = place.outcode { placeKeys.append(("outcode", outcode)) }
            if let sector = place.sector { placeKeys.append(("sector", sector)) }
            let tokens = GeoCells.covering(place.point, kilometres: radius) + placeKeys.map { GeoCells.areaToken(kind: $0.kind, code: $0.code) }
            placeClause = Self.column("cells", tokens)
        }
        let wordsAll = Self.or([FTSPattern.all(understood.textGroups), FTSPattern.any(understood.needPhrases.map { [$0] })])
        let wordsAny = Self.or([FTSPattern.any(understood.textGroups), FTSPattern.any(understood.needPhrases.map { [$0] })])

        var candidates: [Int64: Candidate] = [:]
        let point = place?.point
        let filter = CandidateFilter(taxonomy: context.taxonomy, strong: understood.explicitNeeds + understood.textNeeds,
                                     weak: weakNeeds, queryKinds: understood.kinds, helplineKinds: context.helplineKinds,
                                     urgentKinds: context.urgentKinds, urgentQuery: understood.urgent)
        if !wanted.isEmpty {
            // Needs asked for by name are a filter; the words only rank within it.
            let needs = Self.and([Self.column("need_tokens", wanted.map(GeoCells.needToken)), placeClause])!
            try collect(needs, near: point, within: radius, filter: filter, into: &candidates)
            if let words = wordsAll, !candidates.isEmpty {
                try scoreText(words, within: needs, allMatch: false, candidates: &candidates)
            }
        } else if !textNeeds.isEmpty || wordsAll != nil {
            // Needs read from the words widen the net together with the words themselves.
            let needs = textNeeds.isEmpty ? nil : Self.column("need_tokens", textNeeds.map(GeoCells.needToken))
            var words = wordsAll
            try collect(Self.and([Self.or([needs, words.map(Self.inText)]), placeClause])!, near: point, within: radius, filter: filter, into: &candidates)
            if candidates.isEmpty, understood.textGroups.count > 1 {
                // No service has every word: fall back to any of them rather than nothing.
                words = wordsAny
                try collect(Self.and([Self.or([needs, words.map(Self.inText)]), placeClause])!, near: point, within: radius, filter: filter, into: &candidates)
            }
            if let words, !candidates.isEmpty {
                try scoreText(words, within: placeClause, allMatch: needs == nil, candidates: &candidates)
            }
            if candidates.isEmpty, !weakNeeds.isEmpty {
                try collect(Self.and([Self.column("need_tokens", weakNeeds.map(GeoCells.needToken)), placeClause])!,
                            near: point, within: radius, filter: filter, into: &candidates)
            }
        } else if let placeClause {
            try collect(placeClause, near: point, within: radius, filter: filter, into: &candidates)
        } else {
            try collect(nil, near: nil, filter: filter, into: &candidates)
        }
        if let place {
            try placeCandidates(&candidates, place: place, radius: radius, keys: placeKeys, understood: understood, wanted: wanted,
                                filter: filter)
        }
        return candidates
    }

    /// Runs one candidate query and folds its rows (one per venue) into `candidates`: everything
    /// ranking needs comes back in the same pass, read by column position.
    func collect(_ expression: String?, near point: GeoPoint?, within radius: Double? = nil, only ids: [Int64]? = nil,
                 filter: CandidateFilter, into candidates: inout [Int64: Candidate]) throws {
        let columns = "x.restricted, x.national, x.verified_day, x.kind_slugs, x.need_weights, x.latitude, x.longitude, x.venues"
        let only = ids == nil ? "" : " AND x.id IN (SELECT value FROM json_each(?))"
        // Grid cells overshoot the circle: drop single-venue services outside its box in SQL. Services
        // that state areas (restricted) may cover the place from afar, so they always come through.
        let box = point.flatMap { p in radius.map { p.boundingBox(kilometres: $0) } }
        let inBox = box == nil ? "" : " AND (x.restricted = 1 OR x.venues != 1 OR (x.latitude BETWEEN ? AND ? AND x.longitude BETWEEN ? AND ?))"
        let statement: Statement
        if let expression {
            statement = try db.cachedStatement(sql: """
                SELECT f.rowid, 0.0, \(columns)
                FROM services_fts f JOIN service_facts x ON x.id = f.rowid
                WHERE services_fts MATCH ? AND x.active = 1\(only)\(inBox)
                """)
            var arguments: StatementArguments = [expression]
            if let ids { arguments += [TaxonomyTables.json(ids)] }
            if let box { arguments += [box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude] }
            statement.arguments = arguments
        } else {
            statement = try db.cachedStatement(sql: "SELECT x.id, 0.0, \(columns) FROM service_facts x WHERE x.active = 1\(only)")
            statement.arguments = ids.map { [TaxonomyTables.json($0)] } ?? []
        }
        let rows = try Row.fetchCursor(statement)
        var multiVenue: [Int64] = []
        // Columns are read straight from the SQLite statement: this loop may run thousands of times.
        let sql = statement.sqliteStatement
        // One row per service (service_facts): when nothing was collected before, no row repeats.
        let fresh = candidates.isEmpty
        if fresh { candidates.reserveCapacity(256) }
        while try rows.next() != nil {
            let id = sqlite3_column_int64(sql, 0)
            if !fresh, candidates[id] != nil { continue }
            var c = Candidate(id: id)
            c.restricted = sqlite3_column_int64(sql, 2) != 0
            let venues = sqlite3_column_int64(sql, 9)
            if let point, sqlite3_column_type(sql, 7) != SQLITE_NULL {
                let d = point.distanceKilometres(to: GeoPoint(latitude: sqlite3_column_double(sql, 7), longitude: sqlite3_column_double(sql, 8)))
                // Outside the circle (the box's corners): a single-venue service without stated areas cannot qualify.
                if let radius, !c.restricted, venues == 1, d > radius { continue }
                c.distance = d
                if venues > 1 { multiVenue.append(id) }
            }
            c.national = sqlite3_column_int64(sql, 3) != 0
            if sqlite3_column_type(sql, 4) != SQLITE_NULL { c.verifiedDay = Int(sqlite3_column_int64(sql, 4)) }
            let weightCount = Int(sqlite3_column_bytes(sql, 6))
            let weights = weightCount > 0 ? sqlite3_column_blob(sql, 6).map { UnsafeRawBufferPointer(start: $0, count: weightCount) } : nil
            filter.score(&c, weights: weights, kinds: { sqlite3_column_text(sql, 5).map { String(cString: $0) } ?? "" })
            candidates[id] = c
        }
        // The few services with several venues: measure to the nearest one.
        if let point, !multiVenue.isEmpty {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, latitude, longitude FROM locations WHERE service_id IN (SELECT value FROM json_each(?)) AND latitude IS NOT NULL"),
                                        arguments: [TaxonomyTables.json(multiVenue)]) {
                let id: Int64 = row[0]
                let d = point.distanceKilometres(to: GeoPoint(latitude: row[1], longitude: row[2]))
                if candidates[id]?.distance.map({ $0 > d }) ?? true { candidates[id]?.distance = d }
            }
        }
    }

    /// Text relevance for the candidates that match `words` (plain-word FTS5 syntax) within `scope`:
    /// BM25 when there are few of them. When a common word matches thousands, BM25 over the many
    /// place tokens costs more than it tells: every match then counts the same, and need, distance
    /// and freshness order them.
    func scoreText(_ words: String, within scope: String?, allMatch: Bool, candidates: inout [Int64: Candidate]) throws {
        let expression = Self.and([Self.inText(words), scope])!
        var matches: [Int64]? = nil
        // Matches are a subset of the candidates: when those are few, BM25 them straight away.
        if !allMatch && candidates.count > 1200 { matches = try rowids(expression) }
        let count = matches?.count ?? candidates.count
        if count <= 1200 {
            let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT rowid, bm25(services_fts, \(Migrations.bm25Weights)) FROM services_fts WHERE services_fts MATCH ?"),
                                           arguments: [expression])
            while let row = try rows.next() {
                let rank = -(row[1] as Double)
                candidates[row[0]]?.textRank = rank > 0 ? rank : 0.000_001
            }
            return
        }
        for id in matches ?? Array(candidates.keys) { candidates[id]?.textRank = 1 }
    }

    func rowids(_ expression: String) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT rowid FROM services_fts WHERE services_fts MATCH ?"), arguments: [expression])
    }

    static func inText(_ words: String) -> String { "\(Migrations.textColumns) : (\(words))" }

    /// Coverage and the catchment rule: a candidate found by its grid cell must really be within
    /// the radius, and a service that states its areas is only for people in them.
    func placeCandidates(_ candidates: inout [Int64: Candidate], place: ResolvedPlace, radius: Double,
                         keys: [(kind: String, code: String)], understood: UnderstoodQuery, wanted: [String],
                         filter: CandidateFilter) throws {
        let point = place.point
        // Services that reach "N km around their venues" and reach this place.
        var reach: [Int64: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT l.service_id, l.latitude, l.longitude, s.coverage_radius_km FROM reach_geo r
            JOIN locations l ON l.id = r.id JOIN services s ON s.id = l.service_id
            WHERE r.min_lat <= ?1 AND r.max_lat >= ?1 AND r.min_lon <= ?2 AND r.max_lon >= ?2
            """), arguments: [point.latitude, point.longitude]) {
            let km: Double = row[3]
            if point.distanceKilometres(to: GeoPoint(latitude: row[1], longitude: row[2])) <= km {
                reach[row[0]] = "within \(Int(km.rounded())) km of its venue"
            }
        }
        let outside = reach.keys.filter { candidates[$0] == nil }
        if !outside.isEmpty {
            // Few services: check each against the same needs and words, without the place.
            let needs = wanted.isEmpty ? understood.textNeeds : wanted
            let words = FTSPattern.all(understood.textGroups).map(Self.inText)
            let expression = wanted.isEmpty ? Self.or([Self.column("need_tokens", needs.map(GeoCells.needToken)), words])
                                            : Self.column("need_tokens", needs.map(GeoCells.needToken))
            try collect(expression, near: point, only: Array(outside), filter: filter, into: &candidates)
        }
        // Only services without a venue in the radius, or with stated areas, need their coverage read.
        let unsure = candidates.values.filter { c in c.restricted || (c.distance.map { $0 > radius } ?? true) }.map(\.id)
        var covering: [Int64: (label: String, national: Bool)] = reach.mapValues { ($0, false) }
        if !unsure.isEmpty {
            let ids = TaxonomyTables.json(unsure)
            for key in keys {
                for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, label FROM service_areas WHERE kind = ? AND code = ? AND service_id IN (SELECT value FROM json_each(?))"),
                                            arguments: [key.kind, key.code, ids]) {
                    let id: Int64 = row[0]
                    let national = key.kind == "uk" || key.kind == "nation"
                    if let existing = covering[id], !existing.national { continue }   // the most local label wins
                    covering[id] = (row[1], national)
                }
            }
        }
        for id in Array(candidates.keys) {
            if let cover = covering[id] {
                candidates[id]?.coverLabel = cover.label
                candidates[id]?.national = cover.national
                continue
            }
            guard let c = candidates[id], let d = c.distance, d <= radius, !c.restricted else { candidates[id] = nil; continue }
            candidates[id]?.national = false
        }
    }

    /// `column : ("a" OR "b")` over our own tokens (letters and digits only).
    static func column(_ name: String, _ tokens: [String]) -> String? {
        tokens.isEmpty ? nil : "\(name) : (" + tokens.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
    }

    static func and(_ parts: [String?]) -> String? {
        let present = parts.compactMap { $0 }
        return present.isEmpty ? nil : present.map { "(\($0))" }.joined(separator: " AND ")
    }

    static func or(_ parts: [String?]) -> String? {
        let present = parts.compactMap { $0 }
        return present.isEmpty ? nil : present.map { "(\($0))" }.joined(separator: " OR ")
    }

    // MARK: ranking

    /// Scores every candidate and returns the best `keep`, in order.
    func rank(_ candidates: [Int64: Candidate], request: SearchRequest, understood: UnderstoodQuery, keep: Int) throws -> [Candidate] {
        let maxText = candidates.values.compactMap(\.textRank).max() ?? 0
        let today = Int(self.today.timeIntervalSince1970 / 86_400)
        var ranked: [Candidate] = []
        ranked.reserveCapacity(candidates.count)
        for var c in candidates.values {
            let signals = RankingSignals(
                needStrength: max(c.needStrength, c.weakStrength * 0.4), kindMatch: c.kindMatch,
                textScore: maxText > 0 ? (c.textRank ?? 0) / maxText : 0, distanceKilometres: c.distance,
                coversArea: c.coverLabel != nil, national: c.national, helpline: c.helpline,
                urgentRoute: c.urgentRoute, daysSinceVerified: c.verifiedDay.map { max(0, today - $0) })
            c.score = ranker.score(signals, radiusKilometres: request.radiusKilometres, urgentQuery: understood.urgent,
                                   wantsHelpline: understood.wantsHelpline)
            ranked.append(c)
        }
        let urgentFirst = understood.urgent
        let before: (Candidate, Candidate) -> Bool
        switch request.sort {
        case .relevance:
            before = { a, b in
                if urgentFirst, a.urgentRoute != b.urgentRoute { return a.urgentRoute }
                if a.score != b.score { return a.score > b.score }
                return tieBreak(a, b)
            }
        case .distance:
            before = { a, b in
                if urgentFirst, a.urgentRoute != b.urgentRoute { return a.urgentRoute }
                let ga = distanceGroup(a), gb = distanceGroup(b)
                if ga != gb { return ga < gb }
                if let da = a.distance, let db = b.distance, da != db { return da < db }
                if a.score != b.score { return a.score > b.score }
                return tieBreak(a, b)
            }
        }
        if ranked.count <= keep * 4 { return Array(ranked.sorted(by: before).prefix(keep)) }
        var top = TopK(capacity: keep, before: before)
        for c in ranked { top.insert(c) }
        return top.sorted()
    }

    /// Venues by distance, then area-wide local services, then national ones.
    func distanceGroup(_ c: Candidate) -> Int { c.distance != nil ? 0 : (c.national ? 2 : 1) }

    func tieBreak(_ a: Candidate, _ b: Candidate) -> Bool {
        switch (a.distance, b.distance) {
        case let (x?, y?) where x != y: return x < y
        default: return a.id < b.id
        }
    }

    // MARK: why

    /// How each shown service came by its need tags ("welfare benefits advice", "described in its own words").
    func needSources(_ ids: [Int64]) throws -> [Int64: [String: (weight: Double, via: String)]] {
        var vias: [Int64: [String: (weight: Double, via: String)]] = [:]
        guard !ids.isEmpty else { return vias }
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT service_id, need, weight, via FROM service_needs WHERE service_id IN (SELECT value FROM json_each(?))"),
                                    arguments: [TaxonomyTables.json(ids)]) {
            vias[row[0], default: [:]][row[1]] = (row[2], row[3])
        }
        return vias
    }

    func why(_ c: Candidate, understood: UnderstoodQuery, vias: [String: (weight: Double, via: String)]) -> Why {
        let asked = Set(understood.needSlugs)
        let reasons = vias.filter { asked.contains($0.key) }
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
