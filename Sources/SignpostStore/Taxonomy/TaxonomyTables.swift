import Foundation
import GRDB
import SignpostCore

/// Writes the taxonomy file into its tables and reads it back: the database, not the file, is
/// what a running Signpost uses, so every process sees the same version.
enum TaxonomyTables {
    static func replace(_ taxonomy: Taxonomy, in db: Database) throws {
        for table in ["need_kinds", "synonyms", "nation_variants", "hna_items", "crosswalk", "taxonomy_words", "needs", "service_kinds"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        for (position, kind) in taxonomy.serviceKinds.enumerated() {
            try db.execute(sql: "INSERT INTO service_kinds (slug, position, name, helpline) VALUES (?, ?, ?, ?)",
                           arguments: [kind.slug, position, kind.name, kind.helpline])
            for (i, term) in kind.synonyms.enumerated() {
                try db.execute(sql: "INSERT INTO synonyms (position, term, kind) VALUES (?, ?, ?)", arguments: [i, term, kind.slug])
            }
        }
        for (position, need) in taxonomy.needs.enumerated() {
            try db.execute(sql: """
                INSERT INTO needs (slug, position, name, plain_question, description, safety, related)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [need.slug, position, need.name, need.plainQuestion, need.description,
                                 need.safety?.rawValue, try json(need.related)])
            for (rank, link) in need.serviceKinds.enumerated() {
                try db.execute(sql: "INSERT INTO need_kinds (need, kind, rank, is_primary) VALUES (?, ?, ?, ?)",
                               arguments: [need.slug, link.kind, rank, link.primary])
            }
            let weak = Set(need.weakSynonyms)
            for (i, term) in need.synonyms.enumerated() {
                try db.execute(sql: "INSERT INTO synonyms (position, term, need, weak) VALUES (?, ?, ?, ?)",
                               arguments: [i, term, need.slug, weak.contains(term)])
            }
            for (scheme, terms) in [("aliss", need.crosswalk.aliss), ("open_eligibility", need.crosswalk.openEligibility),
                                    ("esd_need", need.crosswalk.esdNeed), ("airs", need.crosswalk.airs)] {
                for term in terms {
                    try db.execute(sql: "INSERT INTO crosswalk (need, scheme, term) VALUES (?, ?, ?)", arguments: [need.slug, scheme, term])
                }
            }
        }
        for variant in taxonomy.nationVariants {
            for (nation, names) in [("scotland", variant.scotland), ("elsewhere", variant.elsewhere)] {
                for (i, name) in names.enumerated() {
                    try db.execute(sql: "INSERT INTO nation_variants (concept, nation, name, position) VALUES (?, ?, ?, ?)",
                                   arguments: [variant.concept, nation, name, i])
                }
            }
        }
        for item in taxonomy.hnaChecklist.items {
            try db.execute(sql: """
                INSERT INTO hna_items (key, version, number, heading, subgroup, label, needs, flags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [item.key, taxonomy.hnaChecklist.version, item.number, item.heading, item.subgroup,
                                 item.label, try json(item.needs), try json(item.flags)])
        }
        for word in taxonomy.stopwords {
            try db.execute(sql: "INSERT INTO taxonomy_words (list, term) VALUES ('stopword', ?)", arguments: [word])
        }
        for word in taxonomy.abbreviations {
            try db.execute(sql: "INSERT INTO taxonomy_words (list, term) VALUES ('abbreviation', ?)", arguments: [word])
        }
        for (wrong, right) in taxonomy.misspellings.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT INTO taxonomy_words (list, term, replacement) VALUES ('misspelling', ?, ?)", arguments: [wrong, right])
        }
        try Meta.set("taxonomy_version", taxonomy.version, db)
        try Meta.set("taxonomy_attribution", try json(taxonomy.attribution), db)
        try Meta.set("taxonomy_description", taxonomy.description ?? "", db)
        try Meta.set("hna_scale", try json([taxonomy.hnaChecklist.scale.min, taxonomy.hnaChecklist.scale.max]), db)
    }

    static func read(_ db: Database) throws -> Taxonomy {
        guard let version = try Meta.get("taxonomy_version", db) else { throw StoreError.notSeeded("the need taxonomy") }
        var kindSynonyms: [String: [String]] = [:]
        var needSynonyms: [String: [String]] = [:]
        var weak: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT term, need, kind, weak FROM synonyms ORDER BY rowid") {
            let term: String = row["term"]
            if let kind: String = row["kind"] { kindSynonyms[kind, default: []].append(term) }
            if let need: String = row["need"] {
                needSynonyms[need, default: []].append(term)
                if row["weak"] as Bool { weak[need, default: []].append(term) }
            }
        }
        var links: [String: [NeedCategory.KindLink]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT need, kind, is_primary FROM need_kinds ORDER BY need, rank") {
            links[row["need"], default: []].append(.init(kind: row["kind"], primary: row["is_primary"]))
        }
        var crosswalks: [String: NeedCategory.Crosswalk] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT need, scheme, term FROM crosswalk ORDER BY rowid") {
            let need: String = row["need"], term: String = row["term"]
            var c = crosswalks[need] ?? .init()
            switch row["scheme"] as String {
            case "aliss": c.aliss.append(term)
            case "open_eligibility": c.openEligibility.append(term)
            case "esd_need": c.esdNeed.append(term)
            default: c.airs.append(term)
            }
            crosswalks[need] = c
        }
        let needs = try Row.fetchAll(db, sql: "SELECT * FROM needs ORDER BY position").map { row -> NeedCategory in
            let slug: String = row["slug"]
            return NeedCategory(slug: slug, name: row["name"], plainQuestion: row["plain_question"], description: row["description"],
                                safety: (row["safety"] as String?).flatMap(NeedCategory.Safety.init(rawValue:)),
                                related: try decode(row["related"]), serviceKinds: links[slug] ?? [],
                                synonyms: needSynonyms[slug] ?? [], weakSynonyms: weak[slug] ?? [],
                                crosswalk: crosswalks[slug] ?? .init())
        }
        let kinds = try Row.fetchAll(db, sql: "SELECT * FROM service_kinds ORDER BY position").map { row in
            ServiceKind(slug: row["slug"], name: row["name"], synonyms: kindSynonyms[row["slug"]] ?? [], helpline: row["helpline"])
        }
        var variants: [String: NationVariant] = [:]
        var variantOrder: [String] = []
        for row in try Row.fetchAll(db, sql: "SELECT concept, nation, name FROM nation_variants ORDER BY rowid") {
            let concept: String = row["concept"]
            if variants[concept] == nil { variantOrder.append(concept); variants[concept] = NationVariant(concept: concept, scotland: [], elsewhere: []) }
            if row["nation"] as String == "scotland" { variants[concept]!.scotland.append(row["name"]) }
            else { variants[concept]!.elsewhere.append(row["name"]) }
        }
        var hnaVersion = "unknown"
        let items = try Row.fetchAll(db, sql: "SELECT * FROM hna_items ORDER BY number").map { row -> HNAChecklist.Item in
            hnaVersion = row["version"]
            return HNAChecklist.Item(key: row["key"], number: row["number"], heading: row["heading"], subgroup: row["subgroup"],
                                     label: row["label"], needs: try decode(row["needs"]), flags: try decode(row["flags"]))
        }
        let scale: [Int] = try decode(try Meta.get("hna_scale", db) ?? "[0,10]")
        var stopwords: [String] = [], abbreviations: [String] = [], misspellings: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT list, term, replacement FROM taxonomy_words ORDER BY rowid") {
            switch row["list"] as String {
            case "stopword": stopwords.append(row["term"])
            case "abbreviation": abbreviations.append(row["term"])
            default: misspellings[row["term"]] = row["replacement"]
            }
        }
        return Taxonomy(version: version, description: try Meta.get("taxonomy_description", db),
                        attribution: try decode(try Meta.get("taxonomy_attribution", db) ?? "[]"),
                        needs: needs, serviceKinds: kinds, nationVariants: variantOrder.compactMap { variants[$0] },
                        hnaChecklist: HNAChecklist(version: hnaVersion, scale: .init(min: scale.first ?? 0, max: scale.last ?? 10), items: items),
                        abbreviations: abbreviations, stopwords: stopwords, misspellings: misspellings)
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    /// A JSON array of row ids for `json_each`, without a JSONEncoder round trip (hot path).
    static func json(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    static func decode<T: Decodable>(_ text: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

/// Small key/value facts about the database: versions, when it was seeded.
enum Meta {
    static func get(_ key: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    static func set(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key, value])
    }
}

public enum StoreError: Error, CustomStringConvertible, Sendable {
    case notSeeded(String)
    case invalidRecord(String)
    case importFailed(String)

    public var description: String {
        switch self {
        case .notSeeded(let what): return "The database has no \(what) yet; run `signpost db seed` or start `signpost serve` once."
        case .invalidRecord(let why): return why
        case .importFailed(let why): return why
        }
    }
}
