import GRDB

/// The schema, as an ordered list of migrations. Never edit a shipped migration; add one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-taxonomy", migrate: createTaxonomy)
        migrator.registerMigration("v1-geography", migrate: createGeography)
        migrator.registerMigration("v1-directory", migrate: createDirectory)
        migrator.registerMigration("v1-search-index", migrate: createSearchIndex)
        migrator.registerMigration("v2-harvest", migrate: createHarvest)
        migrator.registerMigration("v3-history", migrate: createHistory)
        migrator.registerMigration("v4-shortlists", migrate: createShortlists)
        migrator.registerMigration("v4-open-referral-ids", migrate: OpenReferralIDs.migrate)
        return migrator
    }

    static func createTaxonomy(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE needs (
                slug TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
                plain_question TEXT, description TEXT, safety TEXT, related TEXT NOT NULL DEFAULT '[]');
            CREATE TABLE service_kinds (
                slug TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
                helpline INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE need_kinds (
                need TEXT NOT NULL REFERENCES needs(slug) ON DELETE CASCADE,
                kind TEXT NOT NULL REFERENCES service_kinds(slug) ON DELETE CASCADE,
                rank INTEGER NOT NULL, is_primary INTEGER NOT NULL, PRIMARY KEY (need, kind));
            -- One row per synonym: of a need (kind NULL) or of a service kind (need NULL).
            CREATE TABLE synonyms (
                position INTEGER NOT NULL, term TEXT NOT NULL, need TEXT, kind TEXT,
                weak INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE nation_variants (concept TEXT NOT NULL, nation TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL);
            CREATE TABLE hna_items (
                key TEXT PRIMARY KEY, version TEXT NOT NULL, number INTEGER NOT NULL, heading TEXT NOT NULL,
                subgroup TEXT, label TEXT NOT NULL, needs TEXT NOT NULL, flags TEXT NOT NULL);
            CREATE TABLE crosswalk (need TEXT NOT NULL, scheme TEXT NOT NULL, term TEXT NOT NULL);
            CREATE INDEX crosswalk_term ON crosswalk(scheme, term);
            -- Stopwords, abbreviations, misspellings: small word lists the query reader uses.
            CREATE TABLE taxonomy_words (list TEXT NOT NULL, term TEXT NOT NULL, replacement TEXT);
            """)
    }

    static func createGeography(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE lads (code TEXT PRIMARY KEY, name TEXT NOT NULL, nation TEXT, aliases TEXT NOT NULL DEFAULT '');
            CREATE TABLE postcodes (
                compact TEXT PRIMARY KEY, postcode TEXT NOT NULL, latitude REAL, longitude REAL,
                lad_code TEXT, terminated TEXT) WITHOUT ROWID;
            CREATE INDEX postcodes_display ON postcodes(postcode);
            CREATE TABLE sectors (
                sector TEXT PRIMARY KEY, latitude REAL NOT NULL, longitude REAL NOT NULL,
                units INTEGER, lad_code TEXT) WITHOUT ROWID;
            CREATE TABLE outcodes (
                outcode TEXT PRIMARY KEY, latitude REAL NOT NULL, longitude REAL NOT NULL,
                units INTEGER, lad_code TEXT, lad_share REAL) WITHOUT ROWID;
            """)
    }

    static func createDirectory(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE organisations (
                id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                description TEXT, url TEXT, email TEXT, phone TEXT,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE TABLE services (
                id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE,
                organisation_id INTEGER NOT NULL REFERENCES organisations(id),
                name TEXT NOT NULL, description TEXT NOT NULL, status TEXT NOT NULL,
                phone TEXT, email TEXT, url TEXT, cost TEXT, delivery TEXT NOT NULL DEFAULT '', -- "in-person|phone"
                wheelchair_access INTEGER, languages TEXT NOT NULL DEFAULT '', eligibility TEXT,
                service_area TEXT, national INTEGER NOT NULL DEFAULT 0, coverage_radius_km REAL,
                opening_hours TEXT, last_verified_at TEXT, last_verified_by TEXT,
                source TEXT NOT NULL, source_url TEXT, fetched_at TEXT, content_hash TEXT,
                -- denormalised for the full-text index
                organisation_name TEXT NOT NULL, kinds_text TEXT NOT NULL DEFAULT '', needs_text TEXT NOT NULL DEFAULT '',
                -- search tokens (see GeoCells): grid cells of the venues and areas covered; need tags
                cells TEXT NOT NULL DEFAULT '', need_tokens TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE INDEX services_organisation ON services(organisation_id);
            -- Everything ranking reads about a candidate, in narrow rows so thousands read fast.
            CREATE TABLE service_facts (
                id INTEGER PRIMARY KEY REFERENCES services(id) ON DELETE CASCADE,
                active INTEGER NOT NULL,
                restricted INTEGER NOT NULL,       -- states the areas it covers: only for people there
                national INTEGER NOT NULL,
                verified_day INTEGER,              -- last_verified_at as days since 1970
                kind_slugs TEXT NOT NULL,          -- "food-bank,helpline"
                need_weights BLOB NOT NULL,        -- one byte per need in taxonomy order: weight × 100, 0 = not tagged
                latitude REAL, longitude REAL,     -- its first venue
                venues INTEGER NOT NULL);
            CREATE TABLE locations (
                id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
                name TEXT, address TEXT, postcode TEXT, latitude REAL, longitude REAL);
            CREATE INDEX locations_service ON locations(service_id);
            CREATE TABLE contacts (
                id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
                name TEXT, title TEXT, phone TEXT, email TEXT);
            CREATE TABLE schedules (
                id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
                days TEXT NOT NULL, opens TEXT, closes TEXT, note TEXT);
            CREATE INDEX schedules_service ON schedules(service_id);
            -- Structured coverage parsed from the source's wording: (kind, code) = ('lad', 'S12000042'),
            -- ('nation', 'scotland'), ('uk', 'uk'), ('outcode', 'DD1'), ('sector', 'DD1 4').
            CREATE TABLE service_areas (
                service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
                kind TEXT NOT NULL, code TEXT NOT NULL, label TEXT NOT NULL,
                PRIMARY KEY (kind, code, service_id)) WITHOUT ROWID;
            CREATE INDEX service_areas_service ON service_areas(service_id);
            CREATE TABLE service_needs (
                service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
                need TEXT NOT NULL, weight REAL NOT NULL,
                origin TEXT NOT NULL CHECK (origin IN ('source', 'classifier', 'manual')),
                via TEXT NOT NULL, PRIMARY KEY (service_id, need)) WITHOUT ROWID;
            CREATE INDEX service_needs_need ON service_needs(need, service_id);
            CREATE TABLE service_kind_tags (
                service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
                kind TEXT NOT NULL, origin TEXT NOT NULL, PRIMARY KEY (service_id, kind)) WITHOUT ROWID;
            -- Venues as an R*Tree for the "within the radius" pre-filter.
            CREATE VIRTUAL TABLE location_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
            CREATE TRIGGER locations_geo_insert AFTER INSERT ON locations WHEN new.latitude IS NOT NULL BEGIN
                INSERT INTO location_geo VALUES (new.id, new.latitude, new.latitude, new.longitude, new.longitude);
            END;
            CREATE TRIGGER locations_geo_delete AFTER DELETE ON locations BEGIN
                DELETE FROM location_geo WHERE id = old.id;
            END;
            -- Services that cover "N km around our venues": each venue's reach as a box.
            CREATE VIRTUAL TABLE reach_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
            CREATE TRIGGER locations_reach_delete AFTER DELETE ON locations BEGIN
                DELETE FROM reach_geo WHERE id = old.id;
            END;
            """)
    }

    static func createSearchIndex(_ db: Database) throws {
        try db.create(virtualTable: "services_fts", using: FTS5()) { t in
            t.synchronize(withTable: "services")
            t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
            t.column("name")
            t.column("description")
            t.column("organisation_name")
            t.column("kinds_text")
            t.column("needs_text")
            t.column("cells")
            t.column("need_tokens")
        }
    }

    static func createHarvest(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE crawl_runs (
                id INTEGER PRIMARY KEY, source TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
                status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'partial', 'failed')),
                pages INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0,
                created INTEGER NOT NULL DEFAULT 0, changed INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0, withdrawn INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX crawl_runs_source ON crawl_runs(source, status);
            -- The crawl frontier: a crash loses nothing; in_flight goes back to queued on resume.
            CREATE TABLE frontier (
                source TEXT NOT NULL, url TEXT NOT NULL, run_id INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('listing', 'detail')), depth INTEGER NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('queued', 'in_flight', 'done', 'failed', 'skipped')),
                attempts INTEGER NOT NULL DEFAULT 0, next_try_at REAL NOT NULL DEFAULT 0,
                status_code INTEGER, error TEXT, updated_at TEXT,
                PRIMARY KEY (source, url)) WITHOUT ROWID;
            CREATE INDEX frontier_due ON frontier(source, state, next_try_at);
            -- Validators for conditional GET, kept across runs.
            CREATE TABLE page_validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, fetched_at TEXT) WITHOUT ROWID;
            ALTER TABLE services ADD COLUMN last_seen_run INTEGER;
            """)
    }

    static func createHistory(_ db: Database) throws {
        try db.execute(sql: """
            -- The record as last stored, and every version it replaced.
            ALTER TABLE services ADD COLUMN record TEXT;
            -- The record exactly as an Open Referral source published it, for lossless export.
            ALTER TABLE services ADD COLUMN source_document TEXT;
            CREATE TABLE service_versions (
                id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
                replaced_at TEXT NOT NULL, record TEXT NOT NULL);
            CREATE INDEX service_versions_service ON service_versions(service_id);
            -- Fields a person set by hand: a harvest never overwrites them.
            CREATE TABLE manual_edits (
                service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE, field TEXT NOT NULL, value TEXT,
                edited_at TEXT NOT NULL, edited_by TEXT NOT NULL, PRIMARY KEY (service_id, field)) WITHOUT ROWID;
            -- Where a harvest disagreed with a hand edit, for someone to review.
            CREATE TABLE conflicts (
                id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
                field TEXT NOT NULL, manual_value TEXT, harvested_value TEXT, source TEXT, detected_at TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')));
            CREATE INDEX conflicts_open ON conflicts(status, service_id);
            """)
    }

    /// Column weights for bm25(): a word in the name matters most; the token columns not at all.
    static let bm25Weights = "10.0, 2.0, 3.0, 4.0, 1.5, 0.0, 0.0"
    /// The columns a person's words are matched against.
    static let textColumns = "{name description organisation_name kinds_text needs_text}"

    /// Link workers' shortlists: service ids and needs only (no personal data), gone after 30 days.
    static func createShortlists(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shortlists (
                id TEXT PRIMARY KEY, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
                picks TEXT NOT NULL) WITHOUT ROWID; -- JSON [{"service_id":…,"need":…}]
            CREATE INDEX shortlists_expiry ON shortlists(expires_at);
            """)
    }
}
