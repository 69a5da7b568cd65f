import Foundation
import GRDB
import SignpostCore

/// Writes one service and everything hanging off it in the caller's transaction: organisation,
/// venues (placed from the gazetteer when they have only a postcode), schedules, parsed coverage,
/// kinds and need tags. The full-text index follows through its triggers.
struct ServiceWriter {
    let context: SearchContext
    let now: String

    enum Outcome: String { case created, updated, unchanged }

    func write(_ incoming: ServiceRecord, db: Database, manual: Bool = false) throws -> (id: Int64, outcome: Outcome) {
        var record = incoming
        guard !record.externalID.isEmpty else { throw StoreError.invalidRecord("service has no id") }
        guard !record.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalidRecord("\(record.externalID): name is empty")
        }
        for need in record.needs where context.taxonomy.need(need) == nil {
            throw StoreError.invalidRecord("\(record.externalID): unknown need \"\(need)\"")
        }
        let orukID = record.sourceID ?? StableUUID.make(record.externalID)
        try refuseCollision(orukID, record: record, db: db)
        let hash = try contentHash(record)
        let existing = try Row.fetchOne(db, sql: "SELECT id, content_hash, record FROM services WHERE external_id = ?", arguments: [record.externalID])
        if let existing, existing["content_hash"] as String? == hash {
            return (existing["id"], .unchanged)
        }
        if let existing, !manual {
            // Hand-edited fields win over any harvest; a disagreement is kept for review.
            try keepManualEdits(&record, serviceID: existing["id"], db: db)
        }
        if let existing, let previous = existing["record"] as String? {
            try db.execute(sql: "INSERT INTO service_versions (service_id, replaced_at, record) VALUES (?, ?, ?)",
                           arguments: [existing["id"] as Int64, now, previous])
        }
        let organisationID = try writeOrganisation(record.organisation, db: db)
        let kinds = record.kinds.filter { context.taxonomy.kind($0) != nil }
        let tags = needTags(for: record, kinds: kinds)
        let kindNames = (kinds + tags.inferredKinds).compactMap { context.taxonomy.kind($0)?.name }
        let needNames = tags.needs.keys.sorted().compactMap { context.taxonomy.need($0)?.name }
        let coverage = coverage(of: record)
        let radius = coverage.compactMap { if case .radius(let km) = $0 { return km } else { return nil } }.max()
        let national = coverage.contains { $0.isNational }
        let placed = try record.locations.map { ($0, try place($0, db: db)) }
        let cells = Self.cellTokens(points: placed.compactMap(\.1.point), coverage: coverage)
        let restricted = coverage.contains { $0.storageKey != nil }

        let arguments: StatementArguments = [
            organisationID, record.name, record.description, record.status.rawValue, record.phone, record.email, record.url,
            record.cost, ListColumn.encode(record.delivery), record.wheelchairAccess, ListColumn.encode(record.languages),
            record.eligibility, record.serviceArea, national, radius, record.openingHours, record.lastVerifiedAt,
            record.provenance.source, record.provenance.url, record.provenance.fetchedAt, hash,
            record.organisation.name, kindNames.joined(separator: " · "), needNames.joined(separator: " · "),
            cells, Self.needTokens(tags.needs.keys), try Self.encode(record), record.sourceDocument, now,
        ]
        let id: Int64
        let outcome: Outcome
        if let existing {
            id = existing["id"]
            try db.execute(sql: """
                UPDATE services SET organisation_id = ?, name = ?, description = ?, status = ?, phone = ?, email = ?, url = ?,
                    cost = ?, delivery = ?, wheelchair_access = ?, languages = ?, eligibility = ?, service_area = ?, national = ?,
                    coverage_radius_km = ?, opening_hours = ?, last_verified_at = ?, source = ?, source_url = ?, fetched_at = ?,
                    content_hash = ?, organisation_name = ?, kinds_text = ?, needs_text = ?, cells = ?, need_tokens = ?, record = ?, source_document = ?, updated_at = ?, oruk_id = ?
                WHERE id = \(id)
                """, arguments: arguments + [orukID])
            for table in ["locations", "schedules", "service_areas", "service_needs", "service_kind_tags"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE service_id = ?", arguments: [id])
            }
            outcome = .updated
        } else {
            try db.execute(sql: """
                INSERT INTO services (organisation_id, name, description, status, phone, email, url, cost, delivery,
                    wheelchair_access, languages, eligibility, service_area, national, coverage_radius_km, opening_hours,
                    last_verified_at, source, source_url, fetched_at, content_hash, organisation_name, kinds_text, needs_text,
                    cells, need_tokens, record, source_document, updated_at, oruk_id, external_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: arguments + [orukID, record.externalID, now])
            id = db.lastInsertedRowID
            outcome = .created
        }

        for (position, (location, placed)) in placed.enumerated() {
            let linkID = location.sourceID ?? OpenReferralIDs.serviceAtLocation(service: orukID, position: position + 1)
            try db.execute(sql: "INSERT INTO locations (service_id, name, address, postcode, latitude, longitude, oruk_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, location.name, location.address, placed.postcode, placed.point?.latitude, placed.point?.longitude, linkID])
            if let radius, let point = placed.point {
                let box = point.boundingBox(kilometres: radius)
                try db.execute(sql: "INSERT INTO reach_geo VALUES (?, ?, ?, ?, ?)",
                               arguments: [db.lastInsertedRowID, box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude])
            }
        }
        for schedule in record.schedules {
            try db.execute(sql: "INSERT INTO schedules (service_id, days, opens, closes, note) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, schedule.days.joined(separator: ","), schedule.opens, schedule.closes, schedule.note])
        }
        for area in coverage {
            guard let key = area.storageKey else { continue }
            let label = key.kind == "lad" ? (context.councils[key.code]?.name ?? key.code) : area.description
            try db.execute(sql: "INSERT OR IGNORE INTO service_areas (service_id, kind, code, label) VALUES (?, ?, ?, ?)",
                           arguments: [id, key.kind, key.code, label])
        }
        try writeTags(id: id, tags: tags, kinds: kinds, db: db)
        let first = placed.lazy.compactMap(\.1.point).first
        try db.execute(sql: """
            INSERT OR REPLACE INTO service_facts (id, active, restricted, national, verified_day, kind_slugs, need_weights, latitude, longitude, venues)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, record.status == .active, restricted, national, record.lastVerifiedAt.flatMap(CivilDate.dayNumber),
                             (kinds + tags.inferredKinds).joined(separator: ","), Self.needWeights(tags, taxonomy: context.taxonomy), first?.latitude, first?.longitude,
                             placed.filter { $0.1.point != nil }.count])
        return (id, outcome)
    }

    /// A service id is one service's, whichever feed sent it: a record from another source that
    /// claims an id already stored is refused with its reason, never merged into the stored one.
    func refuseCollision(_ orukID: String, record: ServiceRecord, db: Database) throws {
        guard let owner = try Row.fetchOne(db, sql: "SELECT external_id, source FROM services WHERE oruk_id = ? AND external_id != ? LIMIT 1",
                                           arguments: [orukID, record.externalID]) else { return }
        throw StoreError.invalidRecord(
            "\(record.sourceID ?? record.externalID): id: already belongs to a service from source \"\(owner["source"] as String)\" (\(owner["external_id"] as String)); not stored, nothing overwritten")
    }

    func keepManualEdits(_ record: inout ServiceRecord, serviceID: Int64, db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT field, value FROM manual_edits WHERE service_id = ?", arguments: [serviceID]) {
            guard let field = EditableField(rawValue: row["field"]) else { continue }
            let manualValue: String? = row["value"]
            let harvested = field.value(in: record)
            if harvested != manualValue {
                let open = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM conflicts WHERE service_id = ? AND field = ? AND status = 'open' AND harvested_value IS ?)",
                                             arguments: [serviceID, field.rawValue, harvested]) ?? false
                if !open {
                    try db.execute(sql: "INSERT INTO conflicts (service_id, field, manual_value, harvested_value, source, detected_at) VALUES (?, ?, ?, ?, ?, ?)",
                                   arguments: [serviceID, field.rawValue, manualValue, harvested, record.provenance.source, now])
                }
                field.set(manualValue, in: &record)
            }
        }
    }

    static func encode(_ record: ServiceRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// Coverage from the stated service area; failing that, from who it is for ("adults living in
    /// Fife"); and for a service with no venue at all, from councils or nations its description names.
    func coverage(of record: ServiceRecord) -> [CoverageArea] {
        let parser = context.coverageParser
        let hasLocations = !record.locations.isEmpty
        var areas = parser.parse(record.serviceArea ?? "", hasLocations: hasLocations)
        if areas.isEmpty, let eligibility = record.eligibility {
            areas = parser.parse(eligibility, hasLocations: hasLocations).filter { if case .radius = $0 { return false } else { return true } }
        }
        if areas.isEmpty && !hasLocations {
            areas = parser.parse(record.description, hasLocations: false).filter {
                switch $0 {
                case .localAuthority, .nation, .unitedKingdom: return true
                default: return false
                }
            }
        }
        return areas
    }

    /// Grid cells of every venue plus a token per area covered, for the place part of a search.
    static func cellTokens(points: [GeoPoint], coverage: [CoverageArea]) -> String {
        var tokens: [String] = []
        for point in points { tokens += GeoCells.tokens(for: point) }
        for area in coverage { if let key = area.storageKey { tokens.append(GeoCells.areaToken(kind: key.kind, code: key.code)) } }
        return Array(NSOrderedSet(array: tokens)).compactMap { $0 as? String }.joined(separator: " ")
    }

    /// One byte per need, in taxonomy order (weight × 100): ranking reads a candidate's strength
    /// for the needs asked for by position, without parsing anything.
    static func needWeights(_ tags: Tags, taxonomy: Taxonomy) -> Data {
        var bytes = [UInt8](repeating: 0, count: taxonomy.needs.count)
        for (index, need) in taxonomy.needs.enumerated() {
            if let weight = tags.needs[need.slug]?.weight { bytes[index] = UInt8(max(1, min(100, (weight * 100).rounded()))) }
        }
        return Data(bytes)
    }

    static func needTokens<S: Sequence>(_ needs: S) -> String where S.Element == String {
        needs.sorted().map(GeoCells.needToken).joined(separator: " ")
    }

    struct Tags {
        var needs: [String: (weight: Double, origin: String, via: String)] = [:]
        var inferredKinds: [String] = []
    }

    /// Explicit needs first, then needs derived from the kinds, and only for services with
    /// neither, needs classified from the words.
    func needTags(for record: ServiceRecord, kinds: [String]) -> Tags {
        var tags = Tags()
        for need in record.needs { tags.needs[need] = (1.0, "source", "listed under this need") }
        for kind in kinds {
            let kindName = context.taxonomy.kind(kind)?.name ?? kind
            for link in context.taxonomy.needs(forKind: kind) {
                let weight = link.primary ? 1.0 : 0.75
                if (tags.needs[link.need]?.weight ?? 0) < weight {
                    tags.needs[link.need] = (weight, "source", kindName.lowercased())
                }
            }
        }
        if record.needs.isEmpty && kinds.isEmpty && record.inferNeeds {
            let result = context.classifier.classify(name: record.name, description: record.description)
            for (need, weight) in result.needs { tags.needs[need] = (weight, "classifier", "described in its own words") }
            tags.inferredKinds = result.kinds
        }
        return tags
    }

    func writeTags(id: Int64, tags: Tags, kinds: [String], db: Database) throws {
        for (need, tag) in tags.needs {
            try db.execute(sql: "INSERT INTO service_needs (service_id, need, weight, origin, via) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, need, tag.weight, tag.origin, tag.via])
        }
        for kind in kinds {
            try db.execute(sql: "INSERT OR IGNORE INTO service_kind_tags (service_id, kind, origin) VALUES (?, ?, 'source')", arguments: [id, kind])
        }
        for kind in tags.inferredKinds {
            try db.execute(sql: "INSERT OR IGNORE INTO service_kind_tags (service_id, kind, origin) VALUES (?, ?, 'classifier')", arguments: [id, kind])
        }
    }

    func writeOrganisation(_ organisation: OrganisationRecord, db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO organisations (external_id, name, description, url, email, phone, created_at, updated_at, oruk_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(external_id) DO UPDATE SET name = excluded.name, description = excluded.description, url = excluded.url,
                email = excluded.email, phone = excluded.phone, updated_at = excluded.updated_at, oruk_id = excluded.oruk_id
            """, arguments: [organisation.externalID, organisation.name, organisation.description, organisation.url,
                             organisation.email, organisation.phone, now, now,
                             organisation.sourceID ?? StableUUID.make(organisation.externalID)])
        return try Int64.fetchOne(db, sql: "SELECT id FROM organisations WHERE external_id = ?", arguments: [organisation.externalID])!
    }

    /// A venue's postcode normalised and, when it has no coordinates, placed from the gazetteer.
    func place(_ location: LocationRecord, db: Database) throws -> (postcode: String?, point: GeoPoint?) {
        let postcode = location.postcode.flatMap { try? Postcode($0) }
        if let point = location.point, point.isPlausible { return (postcode?.normalised ?? location.postcode, point) }
        guard let postcode else { return (location.postcode, nil) }
        let resolved = try? Directory.resolve(.unit(postcode), context: context, db: db)
        return (postcode.normalised, resolved?.point)
    }

    func contentHash(_ record: ServiceRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var copy = record
        copy.provenance.fetchedAt = nil
        let data = try encoder.encode(copy) + Data(context.taxonomy.version.utf8)
        return FNV.hash(data)
    }
}

/// Short lists of plain words ("in-person|phone") in one column.
enum ListColumn {
    static func encode(_ values: [String]) -> String {
        values.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: "|")
    }

    static func decode(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "|").map(String.init)
    }
}

/// FNV-1a, 64-bit: a cheap fingerprint for change detection (not for security).
enum FNV {
    static func hash(_ data: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }
}
